package vn.ocop.criteria.web;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.ocop.support.Browser;

/**
 * The provincial office writes a small scorecard for a 26/2026 product set in a real browser: htmx adds groups,
 * criteria and options in place, the problems and part totals follow every change, and the scorecard is published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CriteriaBrowserTests {

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
	void shouldWriteAndPublishAScorecardInTheEditor() throws Exception {
		// signed in once the dashboard is shown: the next navigation must not race the sign-in
		Browser.signIn(browser, "http://localhost:" + port, "admin", "ocop-demo");

		browser.get("http://localhost:" + port + "/criteria");
		browser.findElement(By.xpath("//tr[td/span[text()='26-2026-19']]//button")).click();
		// the button posts a form and the draft page replaces the list: wait for it, the old heading goes stale
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(b -> b.findElement(By.tagName("h1")).getText().contains("Bản nháp bộ tiêu chí 26-2026-19"));
		assertThat(problems()).contains("Còn 6 lỗi", "Thiếu nhóm tiêu chí của phần A.");
		((JavascriptExecutor) browser).executeScript("window.editorMarker = 'kept';");

		String[][] parts = { { "Tổ chức sản xuất", "Nguồn nguyên liệu", "40" }, { "Tiếp thị", "Kênh phân phối", "25" },
				{ "Chất lượng", "Cảm quan", "35" } };
		for (int p = 0; p < parts.length; p++) {
			press(By.cssSelector("#part-" + p + " > .card-body > button"));
			type("parts[" + p + "].groups[0].name", parts[p][0]);
			press(By.cssSelector("#part-" + p + " .bg-body-tertiary > button"));
			String criterion = "parts[" + p + "].groups[0].criteria[0]";
			type(criterion + ".name", parts[p][1]);
			type(criterion + ".options[0].text", "Chưa đạt");
			press(By.cssSelector("#part-" + p + " .bg-body > button"));
			type(criterion + ".options[1].text", "Đạt");
			type(criterion + ".options[1].points", parts[p][2]);
		}
		// a wrong value is named as it is typed, and the part totals follow
		type("parts[2].groups[0].criteria[0].options[1].points", "3,5");
		waitForProblems("Điểm của lựa chọn 2 (tiêu chí C1.1) phải là số nguyên.");
		type("parts[2].groups[0].criteria[0].options[1].points", "35");
		new Select(browser.findElement(By.name("parts[0].groups[0].criteria[0].options[1].minimumForStars"))).selectByValue("4");
		waitForProblems("Tiêu chí A1.1 có dấu sao tối thiểu nhưng không được đánh dấu là tiêu chí bắt buộc.");
		browser.findElement(By.name("parts[0].groups[0].criteria[0].mandatory")).click();
		waitForProblems("Không còn lỗi: có thể ban hành.");
		assertThat(browser.findElement(By.id("part-totals")).getText()).contains("A 40 40", "B 25 25", "C 35 35",
				"Tổng 100 100");
		// every change came back in place, without a page load
		assertThat(((JavascriptExecutor) browser).executeScript("return window.editorMarker;")).isEqualTo("kept");

		Path screenshot = Path.of("target", "screenshots", "criteria-editor.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

		browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Ban hành phiên bản 1')]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/criteria/26-2026-19"));
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Đã ban hành bộ tiêu chí",
				"A1.1 Nguồn nguyên liệu", "soạn trong hệ thống", "C1.1 Cảm quan");
	}

	private String problems() {
		return browser.findElement(By.id("draft-check")).getText();
	}

	/** Clicks an editor button and waits for the editor to come back (htmx replaces it). */
	private void press(By button) {
		WebElement body = browser.findElement(By.id("draft-body"));
		browser.findElement(button).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(body));
	}

	/** Types into a field and leaves it, which saves the draft (htmx on change). */
	private void type(String name, String value) {
		WebElement field = browser.findElement(By.name(name));
		field.clear();
		field.sendKeys(value);
		browser.findElement(By.tagName("h1")).click();
	}

	private void waitForProblems(String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.until(b -> problems().contains(text));
	}
}
