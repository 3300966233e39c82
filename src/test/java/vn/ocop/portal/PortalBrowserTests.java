package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.Browser;

/**
 * A visitor in a real browser (headless Debian Chromium) searches the catalogue with and without diacritics,
 * narrows by a facet, opens a product page, then reads an article.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

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
	void shouldSearchNarrowAndOpenAProduct() throws Exception {
		var f = new PortalFixtures(mvc, criteria);
		UUID producer = f.products.producer("Hợp tác xã Cẩm Nhượng " + f.token, PortalFixtures.DUC_LINH, null);
		UUID sauce = f.products.submitted(producer, "Nước mắm Cẩm Nhượng " + f.token, PortalFixtures.DUC_LINH, null, true);
		UUID candy = f.products.submitted(producer, "Kẹo cu đơ Cẩm Nhượng " + f.token, PortalFixtures.DUC_LINH, null, false);
		f.products.rate(75, sauce);
		f.products.rate(62, candy);
		String code = f.issue(sauce);
		f.issue(candy);
		await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/api/v1/public/products").param("q", f.token))
				.andReturn().getResponse().getContentAsString().contains(candy.toString()));

		browser.get("http://localhost:" + port + "/");
		WebElement home = browser.findElement(By.id("home-q"));
		home.sendKeys("nuoc mam " + f.token, Keys.ENTER);
		assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("1 sản phẩm");
		assertThat(browser.findElement(By.id("product-list")).getText()).contains("Nước mắm Cẩm Nhượng " + f.token);

		// with diacritics (and one missing), through the catalogue's own form (htmx swaps the results, the URL follows)
		WebElement q = browser.findElement(By.id("q"));
		q.clear();
		q.sendKeys("kẹo cu dơ " + f.token);
		browser.findElement(By.id("search-button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
				By.id("product-list"), "Kẹo cu đơ Cẩm Nhượng " + f.token));
		assertThat(browser.findElement(By.id("product-list")).getText()).doesNotContain("Nước mắm");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("q="));

		// all of this producer's products, then a facet: 4 stars
		q = browser.findElement(By.id("q"));
		q.clear();
		q.sendKeys(f.token, Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("result-count"), "2 sản phẩm"));
		browser.findElement(By.cssSelector("#facet-stars a[href*='stars=4']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("result-count"), "1 sản phẩm"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("stars=4"));

		browser.findElement(By.linkText("Nước mắm Cẩm Nhượng " + f.token)).click();
		assertThat(browser.findElement(By.id("product-name")).getText()).isEqualTo("Nước mắm Cẩm Nhượng " + f.token);
		assertThat(browser.findElement(By.id("certificate-status")).getText()).isEqualTo("Giấy chứng nhận còn hiệu lực");
		assertThat(browser.findElement(By.id("verify-link")).getAttribute("href")).endsWith("/verify/" + code);
		assertThat(browser.findElement(By.id("shop-link")).getAttribute("href")).endsWith("/shop?product=" + sauce);
		assertThat(browser.getTitle()).startsWith("Nước mắm Cẩm Nhượng");
		browser.findElement(By.id("verify-link")).click();
		assertThat(browser.getPageSource()).contains(code);
	}

	@Test
	void shouldReadAnArticle() throws Exception {
		String title = "Phiên chợ OCOP " + UUID.randomUUID().toString().substring(0, 6);
		String location = mvc.perform(post("/content/new").with(user("editor").roles("EDITOR")).with(csrf())
				.param("kind", "GOOD_MODEL").param("title", title).param("summary", "Tóm tắt phiên chợ")
				.param("body", "<h2>Mở đầu</h2><p>Người dân <b>Hương Khê</b> mang bưởi Phúc Trạch đến chợ.</p>"))
				.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring("/content/".length());
		mvc.perform(post("/content/" + id + "/submit").with(user("editor").roles("EDITOR")).with(csrf()));
		mvc.perform(post("/content/" + id + "/approve").with(user("admin").roles("PROVINCE_ADMIN")).with(csrf()));

		browser.get("http://localhost:" + port + "/news?kind=GOOD_MODEL");
		browser.findElement(By.linkText(title)).click();
		assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.cssSelector("#article-body h2")).getText()).isEqualTo("Mở đầu");
		assertThat(browser.findElement(By.cssSelector("#article-body b")).getText()).isEqualTo("Hương Khê");
		browser.get("http://localhost:" + port + "/news/" + browser.getCurrentUrl().replaceAll(".*/news/", "") + "?lang=en");
		assertThat(browser.findElement(By.linkText("Good models")).isDisplayed()).isTrue();
	}

	@Test
	void shouldFrameEveryMarkerOfTheMapAndExplainThem() {
		// on a phone, where the province does not fit the default view
		browser.quit();
		browser = Browser.start(390, 844);
		browser.get("http://localhost:" + port + "/map");
		var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map-legend")));
		assertThat(browser.findElement(By.id("map-legend")).getText()).contains("Chú giải",
				"Số sản phẩm OCOP của huyện", "điểm giới thiệu và bán sản phẩm OCOP");
		// every district circle and every sales point pin lies inside the map's frame (fit bounds)
		wait.until(d -> !d.findElements(By.cssSelector("#map path.leaflet-interactive")).isEmpty());
		@SuppressWarnings("unchecked")
		var outside = (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
				var frame = document.getElementById('map').getBoundingClientRect();
				var outside = [];
				var markers = document.querySelectorAll('#map path.leaflet-interactive, #map .leaflet-marker-icon');
				markers.forEach(function (m) {
				  var r = m.getBoundingClientRect();
				  var x = r.left + r.width / 2, y = r.top + r.height / 2;
				  if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) {
				    outside.push((m.getAttribute('title') || m.tagName) + ' at ' + Math.round(x) + ',' + Math.round(y));
				  }
				});
				return markers.length === 0 ? ['no marker'] : outside;
				""");
		assertThat(outside).isEmpty();
	}
}
