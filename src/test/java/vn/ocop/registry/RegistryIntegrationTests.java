package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * The front half of the OCOP cycle through the JSON API, with the demo accounts and the demo 2019 cycle.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryIntegrationTests {

	static final String PASSWORD = "ocop-demo";
	static final String PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Value("${ocop.storage.root}")
	String storageRoot;

	@Autowired
	vn.ocop.criteria.CriteriaApi criteria;

	@Test
	void shouldKeepWhatWasCertifiedUnlessTheOfficeChangesIt() throws Exception {
		// finding 10 of issue 15: a certified product renamed by its producer showed the new name beside the stars
		var rated = new vn.ocop.support.RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		String token = java.util.UUID.randomUUID().toString().substring(0, 6);
		java.util.UUID producer = rated.producer("HTX Giữ tên " + token, "18322", "producer");
		java.util.UUID product = rated.submitted(producer, "Cam chứng nhận " + token, "18322", null, false);
		rated.certified(product, 75);
		String renamed = """
				{"name":"Tên mới %s","producerId":"%s","productSetCode":"1048-01","communeCode":"18322","priceVnd":50000}"""
				.formatted(token, producer);
		mvc.perform(put("/api/v1/products/" + product).with(as("producer")).contentType(MediaType.APPLICATION_JSON)
				.content(renamed)).andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("Văn phòng điều phối")));
		mvc.perform(put("/api/v1/products/" + product).with(as("producer")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Cam chứng nhận %s","producerId":"%s","productSetCode":"1048-01","communeCode":"18322","priceVnd":55000}"""
						.formatted(token, producer))).andExpect(status().isOk()).andExpect(jsonPath("$.priceVnd").value(55000));
		mvc.perform(get("/api/v1/products/" + product).with(as("producer")))
				.andExpect(jsonPath("$.name").value("Cam chứng nhận " + token));
		mvc.perform(put("/api/v1/products/" + product).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content(renamed)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Tên mới " + token));
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, PASSWORD);
	}

	@Test
	void shouldListTheDemoCycleAndRefuseASecondCycleForTheSameYear() throws Exception {
		mvc.perform(get("/api/v1/cycles").with(as("district")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.year == 2019)].regulationCode").value(hasItem("1048/QĐ-TTg")))
				.andExpect(jsonPath("$[?(@.year == 2019)].phases[*].phase").value(hasItem("SELECTION")));
		mvc.perform(post("/api/v1/cycles").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\":2019,\"regulationCode\":\"1048/QĐ-TTg\"}"))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/cycles").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\":2033,\"regulationCode\":\"999/QĐ-TTg\"}"))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/cycles").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\":2033,\"regulationCode\":\"148/QĐ-TTg\"}"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/cycles").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"year\":2033,\"regulationCode\":\"148/QĐ-TTg\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.year").value(2033))
				.andExpect(jsonPath("$.status").value("OPEN"));
		mvc.perform(post("/api/v1/cycles/2033/close").with(as("admin"))).andExpect(status().isOk());
	}

	@Test
	void shouldRegisterAProducerAndRefuseBadInput() throws Exception {
		mvc.perform(post("/api/v1/producers").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"HTX Bột nghệ Đức Giang","legalForm":"COOPERATIVE","registrationNumber":"12345",
								 "communeCode":"18319","phone":"123"}"""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'registrationNumber')].message")
						.value(hasItem(org.hamcrest.Matchers.containsString("10 chữ số"))))
				.andExpect(jsonPath("$.errors[?(@.field == 'phone')]").exists());
		mvc.perform(post("/api/v1/producers").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"HTX Bột nghệ Đức Giang","legalForm":"PARTNERSHIP","registrationNumber":"3009990001",
								 "communeCode":"18319"}"""))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/producers").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"HTX Bột nghệ Đức Giang","legalForm":"COOPERATIVE","registrationNumber":"3009990001",
								 "communeCode":"77777"}"""))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("77777")));
		// a Vũ Quang officer cannot register a producer in Hương Sơn
		mvc.perform(post("/api/v1/producers").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"HTX Sơn Phú mới","legalForm":"COOPERATIVE","registrationNumber":"3009990002",
								 "communeCode":"18217"}"""))
				.andExpect(status().isForbidden());
		String created = mvc.perform(post("/api/v1/producers").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"HTX Bột nghệ Đức Giang","legalForm":"COOPERATIVE","registrationNumber":"3009990001",
								 "communeCode":"18319","representative":"Nguyễn Thị Nghệ","phone":"0987654321",
								 "email":"botnghe@example.vn"}"""))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.id").exists())
				.andExpect(jsonPath("$.registrationNumber").value("3009990001"))
				.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(get("/api/v1/producers/" + id).with(as("district"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.name").value("HTX Bột nghệ Đức Giang"));
		mvc.perform(get("/api/v1/producers/" + id).with(as("district-hs"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/producers/" + id).with(as("producer"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/producers").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"Trùng mã","legalForm":"COOPERATIVE","registrationNumber":"3009990001",
								 "communeCode":"18319"}"""))
				.andExpect(status().isConflict());
	}

	@Test
	void shouldTakeAnIdeaThroughSelectionDossierAndSubmission() throws Exception {
		String producerId = createProducer("3009990010", "18322", "district");
		String body = """
				{"name":"Cam sành Đức Lĩnh","producerId":"%s","productSetCode":"1048-01","communeCode":"18322",
				 "description":"Cam sành trồng đồi","cycleYear":2019}""".formatted(producerId);
		String product = mvc.perform(post("/api/v1/products").with(as("producer")).contentType(MediaType.APPLICATION_JSON)
						.content(body))
				.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
		product = mvc.perform(post("/api/v1/products").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content(body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("IDEA_REGISTERED"))
				.andExpect(jsonPath("$.cycleYear").value(2019))
				.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(product, "$.id");

		// submission before selection: illegal transition, naming the current status
		mvc.perform(post("/api/v1/products/" + id + "/submission").with(as("district")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.currentStatus").value("IDEA_REGISTERED"));
		// only the district of the product selects, and a rejection needs a reason
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(as("district-hs")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"selected\":true}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(as("commune")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"selected\":true}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(as("district")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"selected\":false}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"selected\":true,\"reason\":\"Sản phẩm chủ lực của xã\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("SELECTED"));
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(as("district")).contentType(MediaType.APPLICATION_JSON)
						.content("{\"selected\":true}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.currentStatus").value("SELECTED"));

		// incomplete dossier: 422 with the missing document types
		mvc.perform(post("/api/v1/products/" + id + "/submission").with(as("district")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.missingDocuments").value(org.hamcrest.Matchers.contains("REGISTRATION_FORM",
						"BUSINESS_PLAN", "ORGANISATION_DESCRIPTION", "BUSINESS_REGISTRATION")));

		// uploads are checked by content, not by name
		mvc.perform(multipart("/api/v1/products/" + id + "/documents").file(new MockMultipartFile("file", "gia-mao.pdf",
						"application/pdf", "chỉ là văn bản".getBytes(StandardCharsets.UTF_8))).param("type", "BUSINESS_PLAN").with(as("district")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("PDF")))
				// the detected kind in words, not a MIME type (issue 16)
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("được nhận dạng là văn bản thuần")))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("text/plain"))));
		mvc.perform(multipart("/api/v1/products/" + id + "/documents").file(pdf()).param("type", "NO_SUCH_TYPE").with(as("district")))
				.andExpect(status().isUnprocessableContent());
		for (String type : new String[] { "REGISTRATION_FORM", "BUSINESS_PLAN", "ORGANISATION_DESCRIPTION" }) {
			mvc.perform(multipart("/api/v1/products/" + id + "/documents").file(pdf()).param("type", type).with(as("district")))
					.andExpect(status().isCreated())
					.andExpect(jsonPath("$.contentType").value("application/pdf"));
		}
		// a document whose stored file went missing (a restore from an older backup): 404 saying so, not a 500
		String lost = mvc.perform(multipart("/api/v1/products/" + id + "/documents").file(pdf()).param("type", "BUSINESS_PLAN")
				.with(as("admin"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		{
			String documentId = com.jayway.jsonpath.JsonPath.read(lost, "$.id");
			String key = jdbc.sql("select storage_key from registry_dossier_document where id = ?")
					.param(java.util.UUID.fromString(documentId)).query(String.class).single();
			java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(storageRoot, key));
			mvc.perform(get("/api/v1/products/" + id + "/documents/" + documentId).with(as("admin")))
					.andExpect(status().isNotFound())
					.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không còn trong kho lưu trữ")));
			mvc.perform(get("/registry/products/" + id + "/documents/" + documentId).with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin")
							.roles("PROVINCE_ADMIN")))
					.andExpect(status().isNotFound())
					.andExpect(content().string(org.hamcrest.Matchers.containsString("không còn trong kho lưu trữ")));
		}
		mvc.perform(get("/api/v1/products/" + id + "/dossier").with(as("district")))
				.andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.contains("BUSINESS_REGISTRATION")));
		mvc.perform(multipart("/api/v1/products/" + id + "/documents").file(pdf()).param("type", "BUSINESS_REGISTRATION").with(as("district")))
				.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/products/" + id + "/submission").with(as("district")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(get("/api/v1/products/" + id + "/timeline").with(as("district")))
				.andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("IDEA_REGISTERED", "SELECTED", "SUBMITTED")))
				.andExpect(jsonPath("$[1].reason").value("Sản phẩm chủ lực của xã"));
		// the dossier is locked after submission
		mvc.perform(multipart("/api/v1/products/" + id + "/documents").file(pdf()).param("type", "TEST_REPORT").with(as("district")))
				.andExpect(status().isConflict());
	}

	@Test
	void shouldCheckTheProductSetAgainstTheCycleRegulation() throws Exception {
		String producerId = createProducer("3009990011", "18322", "admin");
		mvc.perform(post("/api/v1/products").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"Sản phẩm sai bộ","producerId":"%s","productSetCode":"1048-99","communeCode":"18322","cycleYear":2019}"""
								.formatted(producerId)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1048-99")));
		mvc.perform(post("/api/v1/products").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"Năm chưa mở","producerId":"%s","productSetCode":"1048-01","communeCode":"18322","cycleYear":2040}"""
								.formatted(producerId)))
				.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/products").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"Thiếu trường","producerId":"%s"}""".formatted(producerId)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'productSetCode')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'communeCode')]").exists());
	}

	@Test
	void shouldLetTheProducerFollowAndWithdrawItsOwnProducts() throws Exception {
		// the demo producer account manages HTX Cam Vũ Quang; it sees its products and no other producer's
		String list = mvc.perform(get("/api/v1/products").with(as("producer")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].producerName").value(hasItem("Hợp tác xã Cam Vũ Quang")))
				.andExpect(jsonPath("$.items[*].producerName").value(not(hasItem("Hợp tác xã Bưởi Phúc Trạch"))))
				.andReturn().getResponse().getContentAsString();
		java.util.List<String> juice = JsonPath.read(list, "$.items[?(@.name == 'Nước cam ép Vũ Quang')].id");
		assertThat(juice).hasSize(1);
		mvc.perform(post("/api/v1/products/" + juice.get(0) + "/withdrawal").with(as("producer"))
						.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Chưa có dây chuyền đóng chai\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("WITHDRAWN"));
	}

	@Test
	void shouldScopeSearchesAndTheFunnelByUnit() throws Exception {
		// other tests add products of their own: check where the products are, not only their names
		var vuQuang = org.hamcrest.Matchers.in(java.util.List.of("18313", "18316", "18319", "18322", "18325", "18328",
				"18331", "18334", "18340", "18343"));
		mvc.perform(get("/api/v1/products").param("unitCode", "441").param("size", "500").with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Cam Vũ Quang")))
				.andExpect(jsonPath("$.items[*].communeCode").value(org.hamcrest.Matchers.everyItem(vuQuang)));
		mvc.perform(get("/api/v1/products").param("size", "500").with(as("district")))
				.andExpect(jsonPath("$.items[*].communeCode").value(org.hamcrest.Matchers.everyItem(vuQuang)));
		mvc.perform(get("/api/v1/products").param("status", "SUBMITTED").param("cycleYear", "2019").with(as("admin")))
				.andExpect(jsonPath("$.items[*].status").value(not(hasItem("SELECTED"))))
				.andExpect(jsonPath("$.items[*].name").value(hasItem("Nước mắm Chiến Thắng")));
		mvc.perform(get("/api/v1/products").param("status", "NOPE").with(as("admin")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/cycles/2019/funnel").with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rows[?(@.unitCode == '441')].unitName").value(hasItem("Huyện Vũ Quang")))
				.andExpect(jsonPath("$.total.registered").value(org.hamcrest.Matchers.greaterThanOrEqualTo(13)))
				.andExpect(jsonPath("$.total.submitted").value(org.hamcrest.Matchers.greaterThanOrEqualTo(5)));
		mvc.perform(get("/api/v1/cycles/2019/funnel").with(as("district")))
				.andExpect(jsonPath("$.rows[*].unitCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("441"))));
	}

	@Test
	void shouldListTheDocumentTypesOfEachRegulation() throws Exception {
		mvc.perform(get("/api/v1/document-types").param("regulationCode", "1048/QĐ-TTg").with(as("producer")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.code == 'BUSINESS_PLAN')].required").value(hasItem(true)))
				.andExpect(jsonPath("$[?(@.code == 'BUSINESS_PLAN')].name").value(hasItem(org.hamcrest.Matchers.startsWith("Phương án"))));
		mvc.perform(get("/api/v1/document-types").param("regulationCode", "148/QĐ-TTg").with(as("producer")))
				.andExpect(jsonPath("$[?(@.code == 'SELF_ASSESSMENT')].required").value(hasItem(true)))
				.andExpect(jsonPath("$[*].code").value(not(hasItem("BUSINESS_PLAN"))));
		mvc.perform(get("/api/v1/document-types").param("regulationCode", "1/QĐ").with(as("producer")))
				.andExpect(status().isUnprocessableContent());
	}

	private String createProducer(String number, String commune, String user) throws Exception {
		String json = mvc.perform(post("/api/v1/producers").with(as(user)).contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"Chủ thể thử %s","legalForm":"HOUSEHOLD_BUSINESS","registrationNumber":"%s","communeCode":"%s"}"""
								.formatted(number, number, commune)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	private static MockMultipartFile pdf() {
		return new MockMultipartFile("file", "ho-so.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII));
	}
}
