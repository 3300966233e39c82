package vn.ocop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.ocop.support.Browser;

/**
 * A person opens the home page in a real browser, signs in with a demo account and sees the dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void shouldSignInAndSeeTheDashboard() {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getTitle()).contains("OCOP");
		browser.findElement(By.linkText("Đăng nhập")).click();

		browser.findElement(By.id("username")).sendKeys("district");
		browser.findElement(By.id("password")).sendKeys("sai-mat-khau");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		assertThat(browser.findElement(By.id("login-error")).getText()).contains("sai tên đăng nhập hoặc mật khẩu");

		browser.findElement(By.id("username")).clear();
		browser.findElement(By.id("username")).sendKeys("district");
		browser.findElement(By.id("password")).clear();
		browser.findElement(By.id("password")).sendKeys("ocop-demo");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		// the click returns before the browser has followed the redirect
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().endsWith("/dashboard"));
		assertThat(browser.findElement(By.id("dashboard-title")).getText()).startsWith("Xin chào");
		assertThat(browser.findElement(By.id("dashboard-unit")).getText()).isEqualTo("Huyện Vũ Quang");

		browser.findElement(By.linkText("English")).click();
		assertThat(browser.findElement(By.id("dashboard-title")).getText()).startsWith("Hello");
		browser.findElement(By.linkText("Tiếng Việt")).click();
	}
}
