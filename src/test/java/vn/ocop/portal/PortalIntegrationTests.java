package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import vn.ocop.certification.CertificateExpired;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.RatedProducts;

/**
 * The public catalogue end to end, on products certified through the real flow: search that forgives missing
 * diacritics and typos, facets, the product page with its links and structured data, the public API and open data,
 * and products leaving every surface when their certificate is revoked or expires (and new stars after a downgrade).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalIntegrationTests {

	static final Duration WAIT = Duration.ofSeconds(20);

	/** Certified once for all tests of the class (the context is shared). */
	static PortalFixtures fixtures;
	static UUID fishSauce, candy, honey, pomelo, tea;
	static String fishSauceCode, candyCode, honeyCode, pomeloCode, teaCode;

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueEntries entries;

	@Autowired
	ProductPageReads reads;

	@Autowired
	CatalogueCache cache;

	@BeforeEach
	void certifyOnce() throws Exception {
		if (fixtures != null) {
			return;
		}
		var f = new PortalFixtures(mvc, criteria);
		var rated = f.products;
		UUID north = rated.producer("Hợp tác xã Thạch Kim " + f.token, PortalFixtures.DUC_LINH, null);
		UUID south = rated.producer("Cơ sở Kẹo Phố Châu " + f.token, PortalFixtures.PHO_CHAU, null);
		fishSauce = rated.submitted(north, "Nước mắm " + f.token, PortalFixtures.DUC_LINH, null, true);
		tea = rated.submitted(north, "Chè xanh " + f.token, PortalFixtures.DUC_LINH, null, false);
		candy = rated.submitted(south, "Kẹo cu đơ " + f.token, PortalFixtures.PHO_CHAU, null, false);
		honey = rated.submitted(south, "Mật ong " + f.token, PortalFixtures.PHO_CHAU, null, false);
		pomelo = rated.submitted(south, "Bưởi Phúc Trạch " + f.token, PortalFixtures.PHO_CHAU, null, false);
		rated.rate(75, fishSauce, tea);
		rated.rate(62, candy, honey, pomelo);
		fishSauceCode = f.issue(fishSauce);
		teaCode = f.issue(tea);
		candyCode = f.issue(candy);
		honeyCode = f.issue(honey);
		pomeloCode = f.issue(pomelo);
		fixtures = f;
		await().atMost(WAIT).untilAsserted(() -> assertThat(ids(fixtures.token)).contains(fishSauce, tea, candy, honey, pomelo));
	}

	@Test
	void shouldFindProductsWithoutDiacriticsAndWithTypos() throws Exception {
		String t = fixtures.token;
		assertThat(ids("nuoc mam " + t)).first().isEqualTo(fishSauce);
		assertThat(ids("nươc mam " + t)).first().isEqualTo(fishSauce);
		assertThat(ids("NUOC MAM " + t)).first().isEqualTo(fishSauce);
		assertThat(ids("keo cu do " + t)).first().isEqualTo(candy);
		assertThat(ids("kẹo cu đơ " + t)).first().isEqualTo(candy);
		// one letter wrong, one missing, one transposed
		assertThat(ids("nuoc mams " + t)).first().isEqualTo(fishSauce);
		assertThat(ids("nuc mam " + t)).first().isEqualTo(fishSauce);
		assertThat(ids("Nouc mam " + t)).first().isEqualTo(fishSauce);
		// by producer, place and the beginning of a word
		assertThat(ids("thach kim " + t)).contains(fishSauce, tea).doesNotContain(candy);
		assertThat(ids("pho chau " + t)).contains(candy).doesNotContain(fishSauce);
		assertThat(ids("nuo " + t)).contains(fishSauce);
		assertThat(ids("sô cô la " + t)).isEmpty();
		// typos are forgiven only when the words as typed find nothing: "mam" finds the fish sauce, so "mật"
		// (one edit away) is not brought in as a typo
		assertThat(ids("mam " + t)).containsExactly(fishSauce);
	}

	@Test
	void shouldFilterByFacetsWithCounts() throws Exception {
		String t = fixtures.token;
		mvc.perform(get("/api/v1/public/products").param("q", t).param("stars", "4"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].id").value(hasItem(fishSauce.toString())))
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem(candy.toString()))));
		var result = fixtures.mvc.perform(get("/products").param("q", t)).andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"facet-stars\"").contains("id=\"facet-district\"").contains("id=\"facet-form\"");
		// each count is what the filter then finds (other tests may have downgraded or revoked some meanwhile)
		for (String stars : List.of("3", "4")) {
			int found = ids(t, "stars", stars).size();
			assertThat(html).containsPattern(stars + "★</span>\\s*<span class=\"badge text-bg-light\">" + found + "</span>");
		}
		assertThat(html).contains("Huyện Hương Sơn").contains("Huyện Vũ Quang").contains("Hợp tác xã");
		// district facet: Hương Sơn holds the candy, not the fish sauce
		assertThat(ids(t, "unit", "439")).contains(candy).doesNotContain(fishSauce);
		assertThat(ids(t, "unit", PortalFixtures.DUC_LINH)).contains(fishSauce).doesNotContain(candy);
		assertThat(ids(t, "form", "COOPERATIVE")).contains(fishSauce, candy);
		assertThat(ids(t, "form", "ENTERPRISE")).isEmpty();
		// the htmx request gets the results alone, the shareable URL keeps every filter
		String partial = mvc.perform(get("/products").param("q", t).param("stars", "3").header("HX-Request", "true"))
				.andReturn().getResponse().getContentAsString();
		assertThat(partial).doesNotContain("<html").contains("id=\"results\"").contains("Kẹo cu đơ " + t)
				.doesNotContain("Nước mắm " + t);
	}

	@Test
	void shouldShowAProductPageWithLinksAndStructuredData() throws Exception {
		String slug = JsonPath.read(api(fixtures.token + " nuoc mam"), "$.items[0].slug");
		assertThat(slug).startsWith("nuoc-mam-" + fixtures.token.toLowerCase());
		String html = mvc.perform(get("/products/" + slug)).andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("max-age=60")))
				.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<h1 class=\"h3\" id=\"product-name\">Nước mắm " + fixtures.token + "</h1>")
				.contains("href=\"/verify/" + fishSauceCode + "\"")
				.contains("href=\"/shop?product=" + fishSauce + "\"")
				.contains("href=\"/complaints/new?code=" + fishSauceCode + "\"")
				.contains("src=\"/verify/" + fishSauceCode + "/photo\"")
				.contains("<link rel=\"canonical\" href=\"http://localhost:8080/products/" + slug + "\"")
				.contains("<meta property=\"og:title\" content=\"Nước mắm " + fixtures.token + "\"")
				.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\"")
				.contains("Giấy chứng nhận còn hiệu lực")
				.contains("Chè xanh " + fixtures.token); // related: same producer
		String producer = html.replaceAll("(?s).*id=\"producer-link\" href=\"([^\"]+)\".*", "$1");
		mvc.perform(get(producer)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Hợp tác xã Thạch Kim " + fixtures.token)))
				.andExpect(content().string(containsString("Chè xanh " + fixtures.token)));
		mvc.perform(get("/products/khong-co-san-pham-nay")).andExpect(status().isNotFound());
		// the page reads its row without the entity (outside a transaction): every value as the entity gives it; and
		// once the catalogue has been read after its last change, from memory: the same values
		for (String each : List.of(slug, JsonPath.read(api(fixtures.token + " che xanh"), "$.items[0].slug"))) {
			CatalogueItem entity = transactions.execute(s -> entries.findBySlug(each).orElseThrow().toItem());
			assertThat(reads.bySlug(each).orElseThrow()).isEqualTo(entity);
			await().atMost(WAIT).untilAsserted(() -> assertThat(reads.kept(each)).isEqualTo(
					transactions.execute(s -> entries.findBySlug(each).orElseThrow().toItem())));
		}
		assertThat(reads.kept("khong-co-san-pham-nay")).isNull();
	}

	@Test
	void shouldKeepEveryEntrysTextsWhenTheyAreReadInBatches() {
		// the texts are read a batch of entries at a time, by the key (here 3 a query): every entry of this run is
		// kept, the same values as its entity gives (the table also holds the entries of other test contexts that
		// share the database, whose items this context's catalogue never kept)
		await().atMost(WAIT).untilAsserted(() -> {
			Boolean kept = transactions.execute(s -> reads.keepTexts(cache.generation(), 3));
			assertThat(kept).isTrue();
			List<CatalogueItem> all = transactions
				.execute(s -> entries.findAll().stream().map(CatalogueEntry::toItem).toList());
			assertThat(all).hasSizeGreaterThan(3);
			List<CatalogueItem> ours = all.stream().filter(each -> each.name().contains(fixtures.token)).toList();
			assertThat(ours).hasSizeGreaterThanOrEqualTo(3);
			for (CatalogueItem each : ours) {
				assertThat(reads.kept(each.slug())).isEqualTo(each);
			}
		});
	}

	@Test
	void shouldAnswerThePublicApiAsSpecified() throws Exception {
		mvc.perform(get("/api/v1/public/products").param("q", "keo cu do " + fixtures.token).param("size", "5"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
				.andExpect(jsonPath("$.items[0].id").value(candy.toString()))
				.andExpect(jsonPath("$.items[0].name").value("Kẹo cu đơ " + fixtures.token))
				.andExpect(jsonPath("$.items[0].stars").value(3))
				.andExpect(jsonPath("$.items[0].productSetCode").value("1048-01"))
				.andExpect(jsonPath("$.items[0].producerName").value("Cơ sở Kẹo Phố Châu " + fixtures.token))
				.andExpect(jsonPath("$.items[0].communeName").value("Thị trấn Phố Châu"))
				.andExpect(jsonPath("$.items[0].certificateCode").value(candyCode))
				.andExpect(jsonPath("$.items[0].url").value(containsString("/products/keo-cu-do-")))
				// written as it is: JSON with its length, kept five minutes by shared caches, revalidated by version
				.andExpect(content().contentType("application/json"))
				.andExpect(header().string("Cache-Control", "max-age=300, public"))
				.andExpect(header().string("ETag", startsWith("W/\"catalogue-")))
				.andExpect(header().exists("Content-Length"));
		// the OpenAPI document still describes the page the operation answers
		mvc.perform(get("/v3/api-docs"))
				.andExpect(jsonPath("$.paths['/api/v1/public/products'].get.responses['200'].content['application/json'].schema['$ref']")
						.value(containsString("Page")))
				.andExpect(jsonPath("$.paths['/api/v1/public/products'].get.parameters[*].name")
						.value(org.hamcrest.Matchers.hasItems("q", "stars", "group", "unit", "page", "size")));
		mvc.perform(get("/api/v1/public/products").param("size", "1000"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/public/products").param("page", "0")).andExpect(status().isUnprocessableContent());
		// the parameters are read from the request as Spring would bind them: a number that is none is a 400 naming
		// it, an empty value is no value, a number may be padded
		mvc.perform(get("/api/v1/public/products").param("page", "x"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.errors[0].field").value("page"))
				.andExpect(jsonPath("$.detail").value(containsString("\"x\"")));
		mvc.perform(get("/api/v1/public/products").param("stars", "bốn")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("stars"));
		mvc.perform(get("/api/v1/public/products").param("stars", "7")).andExpect(status().isUnprocessableContent());
		String all = mvc.perform(get("/api/v1/public/products").param("q", "keo cu do " + fixtures.token)
				.param("page", "").param("size", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(all, "$.total")).isEqualTo(1);
		mvc.perform(get("/api/v1/public/products").param("q", "keo cu do " + fixtures.token).param("page", " 2 ")
				.param("size", "1").param("stars", "3"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(get("/v3/api-docs"))
				.andExpect(jsonPath("$.paths['/api/v1/public/products'].get.parameters[?(@.name == 'page')].in")
						.value(org.hamcrest.Matchers.contains("query")))
				.andExpect(jsonPath("$.paths['/api/v1/public/products'].get.parameters[?(@.name == 'size')].schema.default")
						.value(org.hamcrest.Matchers.contains(24)));
	}

	@Test
	void shouldTakeRevokedAndExpiredProductsOutOfEverySurface() throws Exception {
		String honeySlug = JsonPath.read(api("mat ong " + fixtures.token), "$.items[0].slug");
		// the catalogue page and its htmx results, rendered once and kept: they must not outlive the change below
		assertThat(page(fixtures.token, false)).contains(honeySlug);
		assertThat(page(fixtures.token, true)).contains(honeySlug);
		assertThat(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString()).contains(honeySlug);
		assertThat(mvc.perform(get("/open-data/products.csv")).andReturn().getResponse().getContentAsString()).contains(honeyCode);

		fixtures.revoke(honeyCode);
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new CertificateExpired(pomeloCode, pomelo, UUID.randomUUID(), 3, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1), "system")));

		await().atMost(WAIT).untilAsserted(() -> assertThat(ids(fixtures.token)).doesNotContain(honey, pomelo));
		assertThat(ids(fixtures.token)).contains(fishSauce, candy, tea);
		mvc.perform(get("/products/" + honeySlug)).andExpect(status().isNotFound());
		assertThat(page(fixtures.token, false)).doesNotContain(honeySlug).contains("keo-cu-do-" + fixtures.token.toLowerCase());
		assertThat(page(fixtures.token, true)).doesNotContain(honeySlug).contains("keo-cu-do-" + fixtures.token.toLowerCase());
		String sitemap = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(sitemap).doesNotContain(honeySlug).doesNotContain("buoi-phuc-trach-" + fixtures.token.toLowerCase())
				.contains("keo-cu-do-" + fixtures.token.toLowerCase());
		String csv = mvc.perform(get("/open-data/products.csv")).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsString();
		assertThat(csv).contains("id,slug,name,stars").contains(candyCode).doesNotContain(honeyCode).doesNotContain(pomeloCode);
		String json = mvc.perform(get("/open-data/products.json")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<String> codes = JsonPath.read(json, "$.products[*].certificateCode");
		assertThat(codes).contains(candyCode).doesNotContain(honeyCode, pomeloCode);
		assertThat((String) JsonPath.read(json, "$.licence")).isEqualTo("CC BY 4.0");
		// the status as a code for programs and in Vietnamese for people
		assertThat(csv).contains("certificateStatus,certificateStatusName,certificateCode");
		assertThat(JsonPath.<List<String>>read(json, "$.products[*].certificateStatusName"))
				.contains("Giấy chứng nhận còn hiệu lực");
	}

	/** A product page lists the sales points open in its commune, from the moment one opens until it closes. */
	@Test
	void shouldShowTheSalesPointsOpenInTheProductsCommune() throws Exception {
		String slug = JsonPath.read(api(fixtures.token + " nuoc mam"), "$.items[0].slug");
		String candySlug = JsonPath.read(api(fixtures.token + " keo cu do"), "$.items[0].slug");
		String name = "Điểm bán Đức Lĩnh " + fixtures.token;
		String json = mvc.perform(post("/api/v1/outlets").with(httpBasic("admin", vn.ocop.support.RatedProducts.PASSWORD))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
						{"name":"%s","kind":"POINT","address":"Xã Đức Lĩnh","communeCode":"%s","latitude":18.36,
						 "longitude":105.52,"operator":"HTX Đức Lĩnh"}""".formatted(name, PortalFixtures.DUC_LINH)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.id");
		assertThat(productPage(slug)).doesNotContain(name);
		mvc.perform(post("/api/v1/outlets/" + id + "/open").with(httpBasic("admin", vn.ocop.support.RatedProducts.PASSWORD)))
				.andExpect(status().isOk());
		assertThat(productPage(slug)).contains(name);
		assertThat(productPage(candySlug)).doesNotContain(name);
		mvc.perform(post("/api/v1/outlets/" + id + "/close").with(httpBasic("admin", vn.ocop.support.RatedProducts.PASSWORD)))
				.andExpect(status().isOk());
		assertThat(productPage(slug)).doesNotContain(name);
	}

	private String productPage(String slug) throws Exception {
		return mvc.perform(get("/products/" + slug)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}

	private String page(String q, boolean htmx) throws Exception {
		var request = get("/products").param("q", q);
		if (htmx) {
			request.header("HX-Request", "true");
		}
		var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentAsString()).contains("id=\"results\"");
		if (htmx) {
			assertThat(response.getContentAsString()).doesNotContain("<html");
		}
		return response.getContentAsString();
	}

	@Test
	void shouldShowRegistryEditsAtOnceAndRedirectTheOldAddress() throws Exception {
		String t = fixtures.token;
		var rated = fixtures.products;
		UUID producer = rated.producer("Tổ hợp tác Gừng " + t, PortalFixtures.DUC_LINH, null);
		UUID ginger = rated.submitted(producer, "Gừng " + t, PortalFixtures.DUC_LINH, null, false);
		rated.rate(62, ginger);
		fixtures.issue(ginger);
		await().atMost(WAIT).untilAsserted(() -> assertThat(ids("gung " + t)).contains(ginger));
		String oldSlug = JsonPath.read(api("gung " + t), "$.items[0].slug");
		// seen before the change by visitors without an account: the page is kept, and must not outlive the change
		mvc.perform(get("/products/" + oldSlug)).andExpect(status().isOk());
		mvc.perform(get("/products/" + oldSlug)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Gừng " + t)));

		// the product renamed in the registry: the catalogue shows the new name and story, the old link redirects
		mvc.perform(put("/api/v1/products/" + ginger).with(httpBasic("admin", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Gừng gió Đức Lĩnh %s\",\"producerId\":\"%s\",\"productSetCode\":\"1048-01\",\"communeCode\":\"%s\",\"registrationType\":\"NEW_PRODUCT\",\"story\":\"Trồng dưới tán rừng.\"}"
						.formatted(t, producer, PortalFixtures.DUC_LINH)))
				.andExpect(status().isOk());
		await().atMost(WAIT).untilAsserted(() -> assertThat((List<String>) JsonPath.read(api("gung gio " + t), "$.items[*].name"))
				.containsExactly("Gừng gió Đức Lĩnh " + t));
		String newSlug = JsonPath.read(api("gung gio " + t), "$.items[0].slug");
		assertThat(newSlug).isNotEqualTo(oldSlug);
		mvc.perform(get("/products/" + oldSlug)).andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/products/" + newSlug));
		mvc.perform(get("/products/" + newSlug)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Trồng dưới tán rừng.")));
		// and so once the page's entry comes from memory again (the catalogue read after the change)
		await().atMost(WAIT).untilAsserted(() -> assertThat(reads.kept(newSlug)).isNotNull());
		assertThat(reads.kept(oldSlug)).isNull();
		mvc.perform(get("/products/" + newSlug)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Trồng dưới tán rừng.")))
				.andExpect(content().string(containsString("Gừng gió Đức Lĩnh " + t)));
		mvc.perform(get("/products/" + oldSlug)).andExpect(status().isMovedPermanently());
		mvc.perform(get("/products/gung-" + t.toLowerCase() + "-00000000")).andExpect(status().isNotFound());

		// the producer renamed: its products show the new name
		String json = mvc.perform(get("/api/v1/producers/" + producer).with(httpBasic("admin", RatedProducts.PASSWORD)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		mvc.perform(put("/api/v1/producers/" + producer).with(httpBasic("admin", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Hợp tác xã Gừng gió %s\",\"legalForm\":\"%s\",\"registrationNumber\":\"%s\",\"communeCode\":\"%s\"}"
						.formatted(t, JsonPath.read(json, "$.legalForm"), JsonPath.read(json, "$.registrationNumber"),
								PortalFixtures.DUC_LINH)))
				.andExpect(status().isOk());
		await().atMost(WAIT).untilAsserted(() -> assertThat((String) JsonPath.read(api("gung gio " + t), "$.items[0].producerName"))
				.isEqualTo("Hợp tác xã Gừng gió " + t));
	}

	@Test
	void shouldShowTheNewStarsAfterADowngrade() throws Exception {
		String slug = JsonPath.read(api("che xanh " + fixtures.token), "$.items[0].slug");
		// kept for visitors without an account before the downgrade: the next visitor must see the new stars
		mvc.perform(get("/products/" + slug)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Còn hiệu lực (đã hạ sao)"))));
		fixtures.downgrade(teaCode, 3);
		await().atMost(WAIT).untilAsserted(() -> assertThat(ids(fixtures.token, "stars", "3")).contains(tea));
		mvc.perform(get("/products/" + slug)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Còn hiệu lực (đã hạ sao)")));
	}

	@Test
	void shouldServeRobotsSitemapAndHomeFigures() throws Exception {
		mvc.perform(get("/robots.txt")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Sitemap: http://localhost:8080/sitemap.xml")))
				.andExpect(content().string(containsString("Disallow: /api/")));
		mvc.perform(get("/")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"figure-products\"")))
				// upcoming events and sales points come from the programme module
				.andExpect(content().string(containsString("id=\"events-title\"")))
				.andExpect(content().string(containsString("id=\"sales-title\"")));
		mvc.perform(get("/map")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Huyện Hương Sơn")));
		mvc.perform(get("/map.json")).andExpect(status().isOk())
				.andExpect(jsonPath("$.areas[?(@.code == '439')].latitude").value(hasItem(18.47)));
		mvc.perform(get("/open-data")).andExpect(status().isOk())
				.andExpect(content().string(containsString("CC BY 4.0")))
				.andExpect(content().string(containsString("producerLegalForm")));
	}

	@Test
	void shouldShowEveryChangeInTheNextSearchAndChangeTheEntityTags() throws Exception {
		String t = fixtures.token;
		var rated = fixtures.products;
		UUID producer = rated.producer("Hợp tác xã Sả " + t, PortalFixtures.DUC_LINH, null);
		UUID oil = rated.submitted(producer, "Tinh dầu sả " + t, PortalFixtures.DUC_LINH, null, false);
		rated.rate(62, oil);
		String q = "tinh dau sa " + t;

		// asked before the change: the answer and the rendered results are kept; a repeat is 304 without a search
		var api = mvc.perform(get("/api/v1/public/products").param("q", q)).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(0)).andReturn().getResponse();
		String apiTag = api.getHeader("ETag");
		assertThat(apiTag).startsWith("W/\"catalogue-");
		mvc.perform(get("/api/v1/public/products").param("q", q).header("If-None-Match", apiTag))
				.andExpect(status().isNotModified()).andExpect(content().string(""));
		var fragment = mvc.perform(get("/products").param("q", q).header("HX-Request", "true"))
				.andExpect(status().isOk()).andReturn().getResponse();
		String fragmentTag = fragment.getHeader("ETag");
		assertThat(fragmentTag).startsWith("W/\"catalogue-").isNotEqualTo(apiTag);
		mvc.perform(get("/products").param("q", q).header("HX-Request", "true").header("If-None-Match", fragmentTag))
				.andExpect(status().isNotModified());

		// issued: the next search finds it, and the tags given out before no longer match
		long before = catalogue.version();
		String code = fixtures.issue(oil);
		awaitCatalogueChange(before, () -> entries.findById(oil).isPresent());
		String json = mvc.perform(get("/api/v1/public/products").param("q", q).header("If-None-Match", apiTag))
				.andExpect(status().isOk()).andExpect(header().string("ETag", not(apiTag)))
				.andReturn().getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(json, "$.items[*].name")).containsExactly("Tinh dầu sả " + t);
		assertThat(mvc.perform(get("/products").param("q", q).header("HX-Request", "true").header("If-None-Match", fragmentTag))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Tinh dầu sả " + t);

		// renamed in the registry: the next search shows the new name
		before = catalogue.version();
		mvc.perform(put("/api/v1/products/" + oil).with(httpBasic("admin", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Tinh dầu sả chanh %s\",\"producerId\":\"%s\",\"productSetCode\":\"1048-01\",\"communeCode\":\"%s\",\"registrationType\":\"NEW_PRODUCT\"}"
						.formatted(t, producer, PortalFixtures.DUC_LINH)))
				.andExpect(status().isOk());
		awaitCatalogueChange(before, () -> entries.findById(oil).map(e -> e.source().name().contains("chanh")).orElse(false));
		assertThat((List<String>) JsonPath.read(api(q), "$.items[*].name")).containsExactly("Tinh dầu sả chanh " + t);
		assertThat(page(q, true)).contains("Tinh dầu sả chanh " + t);

		// revoked: gone from the next search
		before = catalogue.version();
		fixtures.revoke(code);
		awaitCatalogueChange(before, () -> entries.findById(oil).isEmpty());
		assertThat(ids(q)).doesNotContain(oil);
		assertThat(page(q, true)).doesNotContain("Tinh dầu sả chanh " + t);
	}

	/** Waits until the catalogue holds the change and its version moved on (the change is then committed). */
	private void awaitCatalogueChange(long before, java.util.function.Supplier<Boolean> changed) {
		await().atMost(WAIT).until(() -> Boolean.TRUE.equals(transactions.execute(tx -> changed.get()))
				&& catalogue.version() > before);
	}

	// ------------------------------------------------------------------ helpers

	private String api(String q) throws Exception {
		return mvc.perform(get("/api/v1/public/products").param("q", q).param("size", "50"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<UUID> ids(String q) throws Exception {
		List<String> ids = JsonPath.read(api(q), "$.items[*].id");
		return ids.stream().map(UUID::fromString).toList();
	}

	private List<UUID> ids(String q, String param, String value) throws Exception {
		String json = mvc.perform(get("/api/v1/public/products").param("q", q).param(param, value).param("size", "50"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		if ("form".equals(param)) {
			// the public API has no legal-form filter: ask the page
			String html = mvc.perform(get("/products").param("q", q).param("form", value)).andReturn().getResponse()
					.getContentAsString();
			return List.of(fishSauce, tea, candy, honey, pomelo).stream()
					.filter(id -> html.contains(slugOf(id))).toList();
		}
		List<String> ids = JsonPath.read(json, "$.items[*].id");
		return ids.stream().map(UUID::fromString).toList();
	}

	private static String slugOf(UUID id) {
		return "-" + id.toString().substring(0, 8) + "\"";
	}
}
