package vn.ocop.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.ocop.support.Browser;

/**
 * In a real browser: a visitor finds the OCOP sales points on the map (markers from the list, no tiles needed) and
 * the events; the office signs in, sees the 2019 plan's late tasks highlighted, reports progress on one, and opens
 * the KPI dashboard with its trend chart and a drill-down loaded in place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ocop.map.tile-url=/tiles-unavailable/{z}/{x}/{y}.png", "ocop.programme.reminder-initial-delay=PT100H" })
@ActiveProfiles("test")
class ProgrammeBrowserTests {

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

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void shouldShowTheSalesPointsOnAMapAndTheEvents() {
		browser.get(url("/outlets"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("điểm giới thiệu và bán sản phẩm OCOP");
		assertThat(browser.findElements(By.cssSelector("#outlet-list .outlet")).size()).isGreaterThanOrEqualTo(3);
		new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(d -> d.findElements(By.cssSelector("#outlet-map .leaflet-marker-icon")).size() >= 3);
		assertThat(browser.findElement(By.id("outlet-list")).getText()).contains("Trung tâm giới thiệu và bán sản phẩm OCOP Hà Tĩnh");
		browser.findElement(By.linkText("Sự kiện OCOP")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(b -> b.findElement(By.tagName("body")).getText().contains("Lễ hội cam"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Lễ hội cam").contains("Sắp diễn ra");
	}

	@Test
	void shouldFollowThePlanAndTheDashboard() {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("ocop-demo");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		// signed in once the dashboard is shown (under load the next navigation could otherwise race the sign-in)
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/dashboard"));

		browser.get(url("/programme/plans/2019"));
		var late = browser.findElements(By.cssSelector("tr.late-task"));
		assertThat(late).isNotEmpty();
		browser.get(late.get(0).findElement(By.tagName("a")).getAttribute("href"));
		assertThat(browser.findElement(By.id("late-alert")).getText()).contains("quá thời hạn");
		browser.findElement(By.id("note")).sendKeys("Đã làm việc với đơn vị chủ trì, hẹn hoàn thành trong tháng.");
		browser.findElement(By.id("progress")).sendKeys("80");
		var save = browser.findElement(By.cssSelector("form[action$='/notes'] button[type=submit]"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", save);
		save.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
				.textToBePresentInElementLocated(By.id("notes"), "hẹn hoàn thành trong tháng"));
		assertThat(browser.findElement(By.id("notes")).getText()).contains("80%");

		browser.get(url("/kpis?year=2019"));
		assertThat(browser.findElement(By.id("kpi-PRODUCTS_TAKING_PART")).getText()).contains("/ 60");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
				.executeScript("return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('kpi-trend')) != null")));
		browser.findElement(By.cssSelector("#kpi-PRODUCTS_TAKING_PART a")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#drilldown #by-unit")));
		assertThat(browser.getCurrentUrl()).endsWith("/kpis?year=2019");
		assertThat(browser.findElement(By.id("drilldown")).getText()).contains("Huyện Vũ Quang");
	}
}
