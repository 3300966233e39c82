package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import jakarta.persistence.EntityManagerFactory;

/**
 * The back-office search through the JSON API, over the demo data: words match without diacritics, within the
 * caller's scope and the list filters, with right totals, and a product is found right after it is registered.
 * Registration numbers 30077700xx belong to these tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistrySearchIntegrationTests {

	static final String PASSWORD = "ocop-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrySearchIndexer indexer;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	static RequestPostProcessor as(String username) {
		return httpBasic(username, PASSWORD);
	}

	@Test
	void shouldFindProductsWithoutDiacritics() throws Exception {
		mvc.perform(get("/api/v1/products").param("q", "nuoc mam").with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].name").value("Nước mắm Chiến Thắng"));
		mvc.perform(get("/api/v1/products").param("q", "keo cu do").with(as("admin")))
				.andExpect(jsonPath("$.items[0].name").value("Kẹo cu đơ Hà Tĩnh"));
		mvc.perform(get("/api/v1/products").param("q", "NHUNG HUOU").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Nhung hươu Hương Sơn")));
		// the beginning of a word is enough, and words may come in any order
		mvc.perform(get("/api/v1/products").param("q", "phuc bưở").with(as("admin")))
				.andExpect(jsonPath("$.items[0].name").value("Bưởi Phúc Trạch"));
		// words of the description count too
		mvc.perform(get("/api/v1/products").param("q", "ca com thung go").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Nước mắm Chiến Thắng")));
		// every word must match
		mvc.perform(get("/api/v1/products").param("q", "nuoc mam huou").with(as("admin")))
				.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void shouldTreatDWithAndWithoutStrokeAlike() throws Exception {
		List<String> withStroke = ids("/api/v1/products", "admin", "Đức");
		List<String> without = ids("/api/v1/products", "admin", "duc");
		assertThat(withStroke).isNotEmpty().containsExactlyInAnyOrderElementsOf(without);
		assertThat(ids("/api/v1/products", "admin", "ĐỨC")).containsExactlyInAnyOrderElementsOf(without);
		// "Cam Vũ Quang" tells of the people of Đức Lĩnh in its story
		mvc.perform(get("/api/v1/products").param("q", "duc linh").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Cam Vũ Quang")));
	}

	@Test
	void shouldFindProductsByTheirProducersName() throws Exception {
		mvc.perform(get("/api/v1/products").param("q", "thien phu").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Kẹo cu đơ Hà Tĩnh")));
		mvc.perform(get("/api/v1/products").param("q", "hop tac xa cam vu quang").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Nước cam ép Vũ Quang")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cam bù Hương Sơn"))));
	}

	@Test
	void shouldSearchOnlyWithinTheCallersScope() throws Exception {
		// Vũ Quang's officer does not see the fish sauce of Kỳ Anh
		mvc.perform(get("/api/v1/products").param("q", "nuoc mam").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Nước mắm Chiến Thắng")));
		mvc.perform(get("/api/v1/products").param("q", "nuoc mam").with(as("district")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Nước mắm Chiến Thắng"))))
				.andExpect(jsonPath("$.items[*].communeCode").value(not(hasItem("18781"))));
		mvc.perform(get("/api/v1/products").param("q", "cam").with(as("district")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Cam Vũ Quang")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cam bù Hương Sơn"))));
		// a producer account sees only the products of the producers it is linked to
		mvc.perform(get("/api/v1/products").param("q", "cam").with(as("producer")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Cam Vũ Quang")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cam bù Hương Sơn"))))
				.andExpect(jsonPath("$.items[*].producerName").value(not(hasItem("Hợp tác xã Cam bù Sơn Phú"))));
		// for every account, every hit is one of the products its plain listing shows
		for (String account : List.of("admin", "district", "district-hs", "commune", "producer", "producer-hs",
				"inspector", "council1", "editor")) {
			Set<String> visible = new HashSet<>(ids("/api/v1/products", account, null));
			for (String q : List.of("cam", "hop tac xa", "huong son", "nuoc")) {
				assertThat(visible).as(account + " q=" + q).containsAll(ids("/api/v1/products", account, q));
			}
			Set<String> producers = new HashSet<>(ids("/api/v1/producers", account, null));
			assertThat(producers).as(account).containsAll(ids("/api/v1/producers", account, "hop tac xa"));
		}
	}

	@Test
	void shouldCombineTheWordsWithTheFilters() throws Exception {
		mvc.perform(get("/api/v1/products").param("q", "cam").param("unitCode", "441").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Cam Vũ Quang")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cam bù Hương Sơn"))))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cam chanh Thượng Lộc"))));
		mvc.perform(get("/api/v1/products").param("q", "cam").param("status", "CERTIFIED").with(as("admin")))
				.andExpect(jsonPath("$.items[*].status").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("CERTIFIED"))))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Cam Vũ Quang")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cam chanh Thượng Lộc"))));
		mvc.perform(get("/api/v1/products").param("q", "cam").param("cycleYear", "2019").param("productSetCode", "1048-18")
						.with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Nước cam ép Vũ Quang")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cam Vũ Quang"))));
		mvc.perform(get("/api/v1/products").param("q", "cam").param("cycleYear", "2040").with(as("admin")))
				.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void shouldFindARegisteredProductAtOnceAndCountAndPageTheHits() throws Exception {
		String producerId = createProducer("3007770001", "Hợp tác xã Trà hoa vàng Đức Lĩnh");
		for (int i = 1; i <= 7; i++) {
			String name = "Trà hoa vàng Zơvích số " + i;
			mvc.perform(post("/api/v1/products").with(as("district")).contentType(MediaType.APPLICATION_JSON)
							.content("""
									{"name":"%s","producerId":"%s","productSetCode":"1048-12","communeCode":"18322",
									 "description":"Trà hoa vàng sấy lạnh","cycleYear":2019}""".formatted(name, producerId)))
					.andExpect(status().isCreated());
			// read-your-writes: found by the next request
			mvc.perform(get("/api/v1/products").param("q", "zovich " + i).with(as("district")))
					.andExpect(jsonPath("$.items[*].name").value(hasItem(name)));
		}
		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			String json = mvc.perform(get("/api/v1/products").param("q", "zơvích").param("size", "3")
							.param("page", String.valueOf(page)).with(as("district")))
					.andExpect(jsonPath("$.total").value(7))
					.andReturn().getResponse().getContentAsString();
			List<String> items = JsonPath.read(json, "$.items[*].id");
			assertThat(items).hasSize(page < 2 ? 3 : 1);
			seen.addAll(items);
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize(7);
		// outside Vũ Quang nobody sees them
		mvc.perform(get("/api/v1/products").param("q", "zovich").with(as("district-hs")))
				.andExpect(jsonPath("$.total").value(0));
		// renamed: found by the new name only
		String id = seen.get(0);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/products/" + id)
						.with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"Chè vằng Quỳnh Lưu","producerId":"%s","productSetCode":"1048-12","communeCode":"18322"}"""
								.formatted(producerId)))
				.andExpect(status().isOk());
		mvc.perform(get("/api/v1/products").param("q", "che vang quynh").with(as("district")))
				.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		mvc.perform(get("/api/v1/products").param("q", "zovich").with(as("district")))
				.andExpect(jsonPath("$.total").value(6));
	}

	@Test
	void shouldExportWhatTheWordsFindInTheExportsOrder() throws Exception {
		List<String> found = names("/api/v1/products", "cam");
		byte[] products = mvc.perform(get("/api/v1/products/export.xlsx").param("q", "cam").with(as("admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<String> exported = column(products, "Tên sản phẩm");
		assertThat(exported).contains("Cam Vũ Quang", "Nước cam ép Vũ Quang").containsExactlyInAnyOrderElementsOf(found);
		byte[] producers = mvc.perform(get("/api/v1/producers/export.xlsx").param("q", "hop tac xa").with(as("admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<String> names = column(producers, "Tên chủ thể");
		assertThat(names).contains("Hợp tác xã Cam Vũ Quang")
				.containsExactlyInAnyOrderElementsOf(names("/api/v1/producers", "hop tac xa"));
	}

	@Test
	void shouldSearchProducersByNameRepresentativeAndNumber() throws Exception {
		mvc.perform(get("/api/v1/producers").param("q", "hop tac xa cam").with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].name").value("Hợp tác xã Cam Vũ Quang"))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cơ sở Nước mắm Chiến Thắng"))));
		mvc.perform(get("/api/v1/producers").param("q", "co so nuoc mam").with(as("admin")))
				.andExpect(jsonPath("$.items[0].name").value("Cơ sở Nước mắm Chiến Thắng"));
		mvc.perform(get("/api/v1/producers").param("q", "vo van thang").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Cơ sở Nước mắm Chiến Thắng")));
		mvc.perform(get("/api/v1/producers").param("q", "300-123-4570").with(as("admin")))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].name").value("Công ty TNHH Kẹo cu đơ Thiên Phú"));
		mvc.perform(get("/api/v1/producers").param("q", "hop tac xa").param("legalForm", "COOPERATIVE")
						.param("unitCode", "441").with(as("admin")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Hợp tác xã Cam Vũ Quang")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Hợp tác xã Bưởi Phúc Trạch"))));
		// scope: Vũ Quang's officer does not find Kỳ Anh's producer; a producer account only its own
		mvc.perform(get("/api/v1/producers").param("q", "co so nuoc mam").with(as("district")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Cơ sở Nước mắm Chiến Thắng"))));
		mvc.perform(get("/api/v1/producers").param("q", "hop tac xa").with(as("producer")))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Hợp tác xã Cam Vũ Quang")))
				.andExpect(jsonPath("$.items[*].name").value(not(hasItem("Hợp tác xã Bưởi Phúc Trạch"))));
	}

	@Test
	void shouldRebuildAnIndexThatLostDocumentsAndLeaveOneInStepAlone() throws Exception {
		// test contexts share one in-memory database but each has its own index: catch up with the others' writes
		indexer.reindexIfOutOfStep();
		assertThat(indexer.reindexIfOutOfStep()).isEmpty();
		Search.mapping(entityManagerFactory).scope(Product.class).workspace().purge();
		mvc.perform(get("/api/v1/products").param("q", "keo cu do").with(as("admin")))
				.andExpect(jsonPath("$.total").value(0));
		assertThat(indexer.reindexIfOutOfStep()).containsExactly(Product.class);
		mvc.perform(get("/api/v1/products").param("q", "keo cu do").with(as("admin")))
				.andExpect(jsonPath("$.items[0].name").value("Kẹo cu đơ Hà Tĩnh"));
		assertThat(indexer.reindexIfOutOfStep()).isEmpty();
	}

	private List<String> names(String path, String q) throws Exception {
		String json = mvc.perform(get(path).param("size", "500").param("q", q).with(as("admin")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.items[*].name");
	}

	private static List<String> column(byte[] xlsx, String title) throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> titles = new ArrayList<>();
			sheet.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
			int column = titles.indexOf(title);
			assertThat(column).as(title).isNotNegative();
			List<String> values = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				values.add(sheet.getRow(r).getCell(column).getStringCellValue());
			}
			return values;
		}
	}

	/** The ids of the first 500 hits of a list, with or without words. */
	private List<String> ids(String path, String account, @Nullable String q) throws Exception {
		MockHttpServletRequestBuilder request = get(path).param("size", "500").with(as(account));
		if (q != null) {
			request = request.param("q", q);
		}
		String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.items[*].id");
	}

	private String createProducer(String number, String name) throws Exception {
		String json = mvc.perform(post("/api/v1/producers").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"%s","communeCode":"18322"}"""
								.formatted(name, number)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}
}
