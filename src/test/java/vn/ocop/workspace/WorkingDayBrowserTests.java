package vn.ocop.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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

import com.jayway.jsonpath.JsonPath;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.Browser;
import vn.ocop.support.MonitoringFixtures;
import vn.ocop.support.RatedProducts;
import vn.ocop.support.RegistryFixtures;

/**
 * Each role's main job, end to end through the pages in a real browser at the width of the device it is done on
 * (issue 16): the producer (phone) completes a dossier and submits the monthly report, the commune officer (small
 * laptop) selects an idea from the work list, a council member (tablet) fills in and submits a scorecard, the
 * provincial office (laptop) issues a certificate, the inspector (phone) works through an inspection in the field,
 * the editor writes an article that the office publishes. The buyer's job is {@code ShopBrowserTests}. Every page
 * on the way must fit the window (nothing to scroll sideways) with no label broken one word per line. The data each
 * job acts on is made for the test, so the demo's own work lists stay as they are for the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkingDayBrowserTests {

	static final String PASSWORD = RegistryFixtures.PASSWORD;
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	WebDriver browser;
	final List<String> layout = new ArrayList<>();

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	/** Checks the page now shown; problems are collected and asserted at the end of the job. */
	void checkLayout() {
		layout.addAll(Browser.layoutProblems(browser));
	}

	void open(int width, int height, String username) {
		browser = Browser.start(width, height);
		Browser.signIn(browser, url(""), username, PASSWORD);
		checkLayout();
	}

	WebElement workItem(String text) {
		return waiting().until(d -> d.findElements(By.cssSelector("#work-items a")).stream()
				.filter(a -> a.getText().contains(text)).findFirst().orElse(null));
	}

	String flash() {
		return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main .alert"))).getText();
	}

	static Path file(String name, byte[] content) throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
		return Files.write(dir.resolve(name), content).toAbsolutePath();
	}

	/** A PNG photo of 2400 × 900 pixels, wider than any screen's column. */
	static byte[] widePhoto() throws Exception {
		var picture = new java.awt.image.BufferedImage(2400, 900, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var g = picture.createGraphics();
		g.setColor(new java.awt.Color(0x1E6B3A));
		g.fillRect(0, 0, 2400, 900);
		g.setColor(new java.awt.Color(0xF2B705));
		g.fillOval(900, 150, 600, 600);
		g.dispose();
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(picture, "png", out);
		return out.toByteArray();
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void producerCompletesTheDossierAndReportsTheMonthOnAPhone() throws Exception {
		String name = unique("HTX Mật ong Đức Lĩnh");
		UUID producer = new MonitoringFixtures(mvc).producerInProgramme(name, MonitoringFixtures.DUC_LINH, "producer");
		Path pdf = file("phieu-dang-ky.pdf", RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII));

		open(390, 844, "producer");
		// the producer's products, found by name (the dashboard lists only the ten latest, and the demo producer
		// account gathers products of other tests in this shared context)
		browser.get(url("/registry/products?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)));
		Browser.click(browser, browser.findElement(By.linkText("Sản phẩm của " + name)));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dossier")));
		checkLayout();
		String before = browser.findElement(By.cssSelector("#dossier-title .badge")).getText();
		WebElement missing = browser.findElement(By.cssSelector("#dossier tr.table-warning"));
		String document = missing.findElement(By.cssSelector("td span")).getText();
		missing.findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
		submit(missing.findElement(By.cssSelector("button[type=submit]")));
		waiting().until(d -> !d.findElement(By.cssSelector("#dossier-title .badge")).getText().equals(before));
		WebElement row = browser.findElements(By.cssSelector("#dossier tbody tr")).stream()
				.filter(r -> r.getText().contains(document)).findFirst().orElseThrow();
		assertThat(row.getText()).contains("phieu-dang-ky.pdf", "Đã nộp");
		checkLayout();

		browser.get(url("/dashboard"));
		Browser.click(browser, browser.findElement(By.cssSelector("#main a[href='/monitoring/reports']")));
		WebElement card = browser.findElement(By.cssSelector("[data-producer='" + producer + "']"));
		checkLayout();
		String prefix = "r-" + producer;
		card.findElement(By.id(prefix + "-volume")).sendKeys("320");
		card.findElement(By.id(prefix + "-revenue")).sendKeys("48000000");
		card.findElement(By.id(prefix + "-workers")).sendKeys("6");
		Browser.click(browser, card.findElement(By.cssSelector("label[for='" + prefix + "-ch-DIRECT']")));
		card.findElement(By.id(prefix + "-difficulties")).sendKeys("Thiếu bao bì đạt chuẩn cho đơn hàng lớn.");
		submit(card.findElement(By.cssSelector("button[type=submit]")));

		String period = LocalDate.now(ZONE).minusMonths(1).format(DateTimeFormatter.ofPattern("yyyy-MM"));
		assertThat(flash()).contains("Đã nộp báo cáo tháng " + period + " của " + name);
		card = browser.findElement(By.cssSelector("[data-producer='" + producer + "']"));
		assertThat(card.getText()).contains("48.000.000");
		checkLayout();
		assertThat(layout).isEmpty();
	}

	@Test
	void communeOfficerSelectsAnIdeaFromTheWorkList() throws Exception {
		int year = LocalDate.now(ZONE).getYear();
		UUID producer = new RegistryFixtures(mvc).producer(unique("Tổ hợp tác Đức Lĩnh"), MonitoringFixtures.DUC_LINH,
				null);
		String name = unique("Rượu sim Đức Lĩnh");
		String json = mvc.perform(post("/api/v1/products").with(httpBasic("admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s","producerId":"%s","productSetCode":"26-2026-24","communeCode":"%s","cycleYear":%d}"""
						.formatted(name, producer, MonitoringFixtures.DUC_LINH, year)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String product = JsonPath.read(json, "$.id");

		open(1024, 768, "commune");
		WebElement item = workItem("ý tưởng sản phẩm chờ xét chọn (chu trình " + year + ")");
		int waiting = Integer.parseInt(item.getText().replaceAll("^(\\d+).*", "$1"));
		Browser.click(browser, item);
		WebElement row = browser.findElement(By.id("row-" + product));
		checkLayout();
		Browser.click(browser, row.findElement(By.cssSelector("button.btn-primary[type=submit]")));
		// selecting asks first and says what follows
		var question = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		assertThat(question.getText()).contains("Lựa chọn sản phẩm \"" + name + "\" vào chu trình?");
		question.accept();
		// the row is replaced in place (htmx) by the decision
		waiting().until(ExpectedConditions.stalenessOf(row));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("row-" + product), "Được lựa chọn"));
		checkLayout();

		browser.get(url("/dashboard"));
		if (waiting > 1) {
			assertThat(workItem("ý tưởng sản phẩm chờ xét chọn (chu trình " + year + ")").getText())
					.startsWith((waiting - 1) + " ");
		}
		else {
			assertThat(browser.findElement(By.id("work-items")).getText())
					.doesNotContain("ý tưởng sản phẩm chờ xét chọn (chu trình " + year + ")");
		}
		assertThat(layout).isEmpty();
	}

	@Test
	void councilMemberScoresAProductOnATablet() throws Exception {
		var products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		UUID producer = products.producer(unique("HTX Chè Đức Lĩnh"), MonitoringFixtures.DUC_LINH, null);
		String name = unique("Chè xanh Đức Lĩnh");
		UUID product = products.submitted(producer, name, MonitoringFixtures.DUC_LINH, null, false);
		products.openSession(product);

		open(768, 1024, "council2");
		Browser.click(browser, workItem("Chấm điểm “" + name + "”"));
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("scoring-form")));
		checkLayout();
		for (WebElement criterion : browser.findElements(By.cssSelector("#scoring-form fieldset.criterion"))) {
			List<WebElement> options = criterion.findElements(By.cssSelector(".form-check-label"));
			Browser.click(browser, options.get(options.size() - 1));
		}
		waiting().until(ExpectedConditions.not(
				ExpectedConditions.textToBePresentInElementLocated(By.id("scoring-status"), "chưa chấm")));
		assertThat(browser.findElement(By.id("scoring-status")).getText()).doesNotContain("Tổng: 0/");
		submit(browser.findElement(By.xpath("//button[normalize-space()='Nộp phiếu chấm']")));
		assertThat(flash()).contains("Đã nộp phiếu chấm.");
		assertThat(browser.findElements(By.cssSelector("#scoring-form.scoring-editable"))).isEmpty();
		checkLayout();

		browser.get(url("/dashboard"));
		assertThat(browser.findElement(By.id("work-items")).getText()).doesNotContain(name);
		assertThat(layout).isEmpty();
	}

	@Test
	void provincialOfficeIssuesACertificate() throws Exception {
		var products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		UUID producer = products.producer(unique("HTX Gạo Đức Lĩnh"), MonitoringFixtures.DUC_LINH, null);
		String name = unique("Gạo hữu cơ Đức Lĩnh");
		UUID product = products.rated(products.submitted(producer, name, MonitoringFixtures.DUC_LINH, null, false), 62);
		String decision = (1000 + (int) (Math.random() * 8999)) + "/QĐ-UBND";

		open(1366, 768, "admin");
		browser.get(url("/certification"));
		checkLayout();
		Browser.click(browser, browser.findElement(By.id("p-" + product)));
		browser.findElement(By.id("issue-number")).sendKeys(decision);
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("issue-date")), LocalDate.now(ZONE).toString());
		browser.findElement(By.id("issue-signer")).sendKeys("Trần Báu Hà");
		submit(browser.findElement(By.cssSelector("#issue-form button[type=submit]")));

		assertThat(flash()).contains("Đã cấp 1 giấy chứng nhận theo Quyết định số " + decision);
		assertThat(browser.findElements(By.id("p-" + product))).isEmpty();
		checkLayout();
		browser.get(url("/registry/products/" + product));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		assertThat(browser.findElement(By.id("main")).getText()).contains("Đã được công nhận");
		assertThat(layout).isEmpty();
	}

	@Test
	void inspectorWorksThroughAnInspectionOnAPhone() throws Exception {
		var products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		String producerName = unique("HTX Nước mắm Đức Lĩnh");
		UUID producer = products.producer(producerName, MonitoringFixtures.DUC_LINH, null);
		UUID product = products.submitted(producer, unique("Nước mắm Đức Lĩnh"), MonitoringFixtures.DUC_LINH, null, false);
		products.certified(product, 62);
		Path photo = file("nhan-san-pham.jpg", MonitoringFixtures.jpeg());

		open(390, 844, "inspector");
		browser.get(url("/monitoring/inspections"));
		checkLayout();
		// an unplanned inspection the inspector opens from the field
		new Select(browser.findElement(By.id("ou-product"))).selectByValue(producer + ":" + product);
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("ou-date")), LocalDate.now(ZONE).toString());
		submit(browser.findElement(By.cssSelector("#open-unplanned button[type=submit]")));
		waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), producerName));
		checkLayout();

		for (WebElement pass : browser.findElements(By.cssSelector("input[type=radio][value=PASS]"))) {
			Browser.click(browser, browser.findElement(By.cssSelector("label[for='" + pass.getAttribute("id") + "']")));
		}
		WebElement labels = browser.findElement(By.id("r-LABELS_PACKAGING-FAIL"));
		Browser.click(browser, browser.findElement(By.cssSelector("label[for='r-LABELS_PACKAGING-FAIL']")));
		assertThat(labels.isSelected()).isTrue();
		browser.findElement(By.name("note-LABELS_PACKAGING")).sendKeys("Nhãn thiếu ngày sản xuất");
		submit(browser.findElement(By.xpath("//button[normalize-space()='Lưu kết quả kiểm tra']")));
		assertThat(flash()).startsWith("Đã lưu kết quả");

		new Select(browser.findElement(By.id("nf-item"))).selectByValue("LABELS_PACKAGING");
		browser.findElement(By.id("nf-description")).sendKeys("Lô hàng ngày kiểm tra có nhãn thiếu ngày sản xuất.");
		browser.findElement(By.id("nf-photos")).sendKeys(photo.toString());
		submit(browser.findElement(By.xpath("//button[normalize-space()='Ghi phát hiện']")));
		assertThat(flash()).contains("Đã ghi phát hiện.");
		assertThat(browser.findElements(By.cssSelector("#main img[src*='/photos/']"))).isNotEmpty();
		checkLayout();

		browser.findElement(By.id("cc-text")).sendKeys("Cơ sở duy trì điều kiện sản xuất; yêu cầu bổ sung nhãn trong 15 ngày.");
		submit(browser.findElement(By.xpath("//button[normalize-space()='Kết luận kiểm tra']")));
		assertThat(flash()).contains("Đã kết luận cuộc kiểm tra.");
		assertThat(browser.findElements(By.id("cc-text"))).isEmpty();
		checkLayout();
		assertThat(layout).isEmpty();
	}

	@Test
	void editorWritesAnArticleThatTheOfficePublishes() throws Exception {
		String title = unique("Hội chợ nông sản OCOP Hà Tĩnh");
		open(1366, 768, "editor");
		browser.get(url("/content/new"));
		checkLayout();
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("summary")).sendKeys("Hơn 60 chủ thể mang sản phẩm OCOP đến hội chợ.");
		WebElement editor = browser.findElement(By.cssSelector(".rich-editor"));
		editor.click();
		editor.sendKeys("Hội chợ diễn ra tại quảng trường thành phố Hà Tĩnh trong ba ngày.");
		// a photo wider than the page, inserted in the text: it fits its box
		browser.findElement(By.cssSelector("[data-image-upload]")).sendKeys(file("hoi-cho.png", widePhoto()).toString());
		WebElement inserted = waiting()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rich-editor img")));
		waiting().until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth",
				inserted)).intValue() > 0);
		assertThat(inserted.getRect().getWidth()).isLessThanOrEqualTo(editor.getRect().getWidth());
		String image = inserted.getAttribute("src").replaceAll("^https?://[^/]+", "");
		assertThat(image).startsWith("/news/images/");
		// the cover is picked among the uploaded images, the one just inserted among them
		WebElement cover = browser.findElement(By.cssSelector("#cover-options input[value='" + image + "']"));
		Browser.click(browser, cover.findElement(By.xpath("..")));
		assertThat(cover.isSelected()).isTrue();
		submit(browser.findElement(By.id("save-article")));
		assertThat(flash()).contains("Đã lưu bài viết.");
		assertThat(browser.findElement(By.cssSelector("#cover-options input[value='" + image + "']")).isSelected())
				.isTrue();
		submit(browser.findElement(By.id("submit-article")));
		assertThat(flash()).contains("Đã gửi bài để duyệt.");
		String article = browser.getCurrentUrl().replaceAll(".*/content/", "");
		checkLayout();

		Browser.signIn(browser, url(""), "admin", PASSWORD);
		// one article to review links to it, several to the editorial desk
		Browser.click(browser, browser.findElement(By.cssSelector("#work-items [data-kind='content.to-review'] a")));
		if (!browser.getCurrentUrl().endsWith("/content/" + article)) {
			Browser.click(browser, browser.findElement(By.linkText(title)));
		}
		submit(browser.findElement(By.id("approve-article")));
		assertThat(flash()).contains("Đã duyệt bài viết");
		assertThat(browser.getCurrentUrl()).endsWith("/content/" + article);

		browser.manage().deleteAllCookies();
		browser.get(url("/news"));
		Browser.click(browser, browser.findElement(By.linkText(title)));
		assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.id("article-body")).getText()).contains("quảng trường thành phố Hà Tĩnh");
		assertThat(browser.findElements(By.cssSelector("#main img.img-fluid[src='" + image + "']"))).hasSize(1);
		checkLayout();
		assertThat(layout).isEmpty();
	}

	/** Sends a form by its button and waits for the next page (a final action asks first: the test agrees). */
	void submit(WebElement button) {
		WebElement page = browser.findElement(By.tagName("html"));
		Browser.click(browser, button);
		acceptConfirmation();
		waiting().until(ExpectedConditions.stalenessOf(page));
	}

	/** A final action asks first (window.confirm); where it does, the test agrees. */
	void acceptConfirmation() {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(1)).until(ExpectedConditions.alertIsPresent()).accept();
		}
		catch (org.openqa.selenium.TimeoutException noQuestion) {
			// the action did not ask
		}
	}
}
