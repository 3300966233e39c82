package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.Browser;
import vn.ocop.support.RatedProducts;

/**
 * A buyer without an account in a real browser on a phone (390 × 844): finds a product, adds it to the cart, reloads (the cart is still
 * there, priced by the server), checks out with cash on delivery and sees the confirmation; the cart is emptied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ShopBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start(390, 844);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void shouldKeepTheCartAcrossAReloadAndCheckOut() throws Exception {
		var products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UUID producer = products.producer("HTX Bánh đa " + suffix, "18322", "producer");
		UUID product = products.submitted(producer, "Bánh đa vừng " + suffix, "18322", null, false);
		products.certified(product, 62);
		mvc.perform(post("/api/v1/shop/listings").with(httpBasic("producer", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"productId":"%s","title":"Bánh đa vừng %s","unit":"cái","priceVnd":15000,"stock":40}"""
						.formatted(product, suffix)))
				.andExpect(status().isCreated());
		String base = "http://localhost:" + port;
		var wait = new WebDriverWait(browser, Duration.ofSeconds(10));

		var layout = new java.util.ArrayList<String>();
		browser.get(base + "/shop?q=banh+da+vung+" + suffix);
		layout.addAll(Browser.layoutProblems(browser));
		Browser.click(browser, browser.findElement(By.cssSelector("[data-add-to-cart]")));
		Browser.click(browser, browser.findElement(By.cssSelector("[data-add-to-cart]")));
		wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-cart-count]"), "2"));

		browser.get(base + "/shop/cart");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-cart-total]"), "30.000 ₫"));
		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-cart-total]"), "30.000 ₫"));
		assertThat(browser.findElement(By.cssSelector("#cart-items")).getText()).contains("Bánh đa vừng " + suffix);
		layout.addAll(Browser.layoutProblems(browser));

		browser.findElement(By.id("name")).sendKeys("Phan Thị Thu");
		browser.findElement(By.id("phone")).sendKeys("0912 888 777");
		browser.findElement(By.id("address")).sendKeys("Xóm Trung");
		new Select(browser.findElement(By.id("communeCode"))).selectByIndex(1);
		var submit = browser.findElement(By.cssSelector("#checkout-form button[type=submit]"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", submit);
		wait.until(ExpectedConditions.elementToBeClickable(submit)).click();

		try {
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checkout-code")));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			throw new AssertionError("no confirmation at " + browser.getCurrentUrl() + " (layout: " + layout + ")", e);
		}
		String code = browser.findElement(By.id("checkout-code")).getText();
		assertThat(code).startsWith("OC");
		assertThat(browser.findElement(By.id("main")).getText()).contains("30.000 ₫");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-cart-count]"), "0"));
		layout.addAll(Browser.layoutProblems(browser));
		assertThat(layout).isEmpty();
	}
}
