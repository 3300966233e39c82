package vn.ocop.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.ocop.support.Browser;

/**
 * The provincial office searches the audit log in a real browser; htmx refreshes the results in place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditBrowserTests {

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
	void shouldSearchTheAuditLog() throws Exception {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("ocop-demo");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();

		// the administration menu of the navigation bar
		browser.findElement(By.linkText("Quản trị")).click();
		browser.findElement(By.linkText("Nhật ký thay đổi")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(b -> b.findElement(By.tagName("h1")).getText().equals("Nhật ký thay đổi dữ liệu"));
		var table = browser.findElement(By.id("audit-table"));
		// a marker that a full page load would lose
		((JavascriptExecutor) browser).executeScript("window.auditMarker = 'kept';");

		new Select(browser.findElement(By.id("type"))).selectByVisibleText("Tài khoản người dùng");
		browser.findElement(By.id("q")).sendKeys("bientap@hatinh.gov.vn");
		browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();

		// the results were replaced in place (htmx), and the address can be shared
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("q=bientap"));
		var results = new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(b -> b.findElement(By.id("audit-results")).getText().contains("Tổng số: 1")
						? b.findElement(By.id("audit-results")) : null);
		assertThat(results.getText()).contains("Tạo mới", "Tài khoản người dùng", "Đỗ Thị Biên (Cổng thông tin OCOP)",
				"đã thay đổi (giá trị được ẩn)");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(table));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.auditMarker;")).isEqualTo("kept");
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);

		Path screenshot = Path.of("target", "screenshots", "audit-search.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}
}
