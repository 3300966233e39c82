package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Import of producers and products from Excel and CSV files through the JSON API and the pages: the preview lists
 * every bad row with its reason and writes nothing; a clean file is written on confirmation by its uploader.
 * Registration numbers 3008xxxxxx belong to these tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class RegistryImportIntegrationTests {

	static final String PASSWORD = "ocop-demo";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final List<String> HEADER = List.of("producer_name", "legal_form", "registration_number",
			"registration_date", "representative", "address", "producer_commune_code", "phone", "email", "members",
			"workers", "women_workers", "ethnic_minority_workers", "programme_year", "newly_founded", "product_name",
			"product_set_code", "product_commune_code", "registration_type", "description", "ingredients", "packaging",
			"shelf_life", "unit", "price_vnd", "gtin", "cycle_year");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	static RequestPostProcessor as(String username) {
		return httpBasic(username, PASSWORD);
	}

	@Test
	void shouldImportACleanWorkbookAndReuseAnExistingProducer() throws Exception {
		mvc.perform(post("/api/v1/producers").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"HTX Cam Đức Lĩnh (có sẵn)","legalForm":"COOPERATIVE","registrationNumber":"3008000001",
						 "communeCode":"18322"}""")).andExpect(status().isCreated());
		byte[] file = xlsx(List.of(
				row("producer_name", "HTX Mật ong Hương Minh", "legal_form", "Hợp tác xã", "registration_number",
						"3008000101", "registration_date", LocalDate.of(2018, 4, 2), "producer_commune_code", 18340,
						"phone", 912345678, "members", 12, "workers", 15, "women_workers", 7, "newly_founded", "Có",
						"product_name", "Mật ong rừng Hương Minh", "product_set_code", "1048-04", "registration_type",
						"01", "price_vnd", 250000, "unit", "chai", "cycle_year", 2019),
				row("producer_name", "HTX Mật ong Hương Minh", "legal_form", "COOPERATIVE", "registration_number",
						"3008000101", "registration_date", "02/04/2018", "producer_commune_code", "18340",
						"product_name", "Sáp ong Hương Minh", "product_set_code", "1048-26", "product_commune_code",
						"18343", "registration_type", "EXISTING_PRODUCT", "cycle_year", "2019"),
				row("producer_name", "HTX Cam Đức Lĩnh (có sẵn)", "registration_number", "3008000001",
						"product_name", "Cam bù Đức Lĩnh nhập từ Excel", "product_set_code", "1048-01", "cycle_year", 2019),
				row("producer_name", "Tổ hợp tác Chè Đức Hương", "legal_form", "Tổ hợp tác", "registration_number",
						"3008000102", "producer_commune_code", "18328")));
		long productsBefore = total("/api/v1/products?size=1");

		String preview = mvc.perform(multipart("/api/v1/imports/registry").file(upload("danh-sach.xlsx", XLSX, file))
						.with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.fileName").value("danh-sach.xlsx"))
				.andExpect(jsonPath("$.rows").value(4))
				.andExpect(jsonPath("$.producersNew").value(2))
				.andExpect(jsonPath("$.producersExisting").value(1))
				.andExpect(jsonPath("$.products").value(3))
				.andExpect(jsonPath("$.errors", hasSize(0)))
				.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(preview, "$.token");
		// the preview wrote nothing
		assertThat(total("/api/v1/products?size=1")).isEqualTo(productsBefore);
		assertThat(total("/api/v1/producers?size=1&q=3008000101")).isZero();

		events.clear();
		mvc.perform(post("/api/v1/imports/registry/" + token + "/confirm").with(as("admin")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.producersCreated").value(2))
				.andExpect(jsonPath("$.productsCreated").value(3))
				.andExpect(jsonPath("$.producersReused").value(1));

		assertThat(total("/api/v1/products?size=1")).isEqualTo(productsBefore + 3);
		// each new product announced its registration, as one registered through the form
		assertThat(events.stream(ProductStatusChanged.class)
				.filter(e -> e.from() == null && e.to() == ProductStatus.IDEA_REGISTERED)).hasSize(3);
		mvc.perform(get("/api/v1/products").param("q", "Mật ong rừng Hương Minh").with(as("admin")))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].status").value("IDEA_REGISTERED"))
				.andExpect(jsonPath("$.items[0].cycleYear").value(2019))
				.andExpect(jsonPath("$.items[0].communeCode").value("18340"))
				.andExpect(jsonPath("$.items[0].priceVnd").value(250000))
				.andExpect(jsonPath("$.items[0].producerName").value("HTX Mật ong Hương Minh"));
		String sap = mvc.perform(get("/api/v1/products").param("q", "Sáp ong Hương Minh").with(as("admin")))
				.andExpect(jsonPath("$.items[0].communeCode").value("18343"))
				.andExpect(jsonPath("$.items[0].registrationType").value("EXISTING_PRODUCT"))
				.andReturn().getResponse().getContentAsString();
		String sapId = JsonPath.read(sap, "$.items[0].id");
		mvc.perform(get("/api/v1/products/" + sapId + "/timeline").with(as("admin")))
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].to").value("IDEA_REGISTERED"));
		// the producer in the database was reused, not duplicated or changed; the new one is complete
		mvc.perform(get("/api/v1/producers").param("q", "3008000001").with(as("admin")))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].name").value("HTX Cam Đức Lĩnh (có sẵn)"));
		mvc.perform(get("/api/v1/producers").param("q", "3008000101").with(as("admin")))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].legalForm").value("COOPERATIVE"))
				.andExpect(jsonPath("$.items[0].registrationDate").value("2018-04-02"))
				.andExpect(jsonPath("$.items[0].phone").value("0912345678"))
				.andExpect(jsonPath("$.items[0].workers").value(15))
				.andExpect(jsonPath("$.items[0].newlyFounded").value(true));
		mvc.perform(get("/api/v1/producers").param("q", "3008000102").with(as("admin")))
				.andExpect(jsonPath("$.total").value(1));

		// the same file cannot be imported twice
		mvc.perform(post("/api/v1/imports/registry/" + token + "/confirm").with(as("admin")))
				.andExpect(status().isConflict());
		String again = mvc.perform(multipart("/api/v1/imports/registry").file(upload("danh-sach.xlsx", XLSX, file))
						.with(as("admin")))
				.andExpect(jsonPath("$.producersExisting").value(3))
				.andReturn().getResponse().getContentAsString();
		List<String> messages = JsonPath.read(again, "$.errors[*].message");
		assertThat(messages).hasSize(3).allMatch(m -> m.contains("đã có sản phẩm"));
	}

	@Test
	void shouldListEveryBadRowWithItsReasonAndWriteNothing() throws Exception {
		String csv = String.join(";", HEADER) + "\n"
				// 2: unknown commune
				+ line("HTX Không có xã", "Hợp tác xã", "3008000201", "77777", "Sản phẩm A", "1048-01", "2019") + "\n"
				// 3: registration number of 5 digits
				+ line("HTX Mã sai", "Hợp tác xã", "12345", "18322", "Sản phẩm B", "1048-01", "2019") + "\n"
				// 4: product set of another taxonomy
				+ line("HTX Bộ sai", "Hợp tác xã", "3008000203", "18322", "Sản phẩm C", "148-01", "2019") + "\n"
				// 5: clean
				+ line("HTX Nước cam Đức Lĩnh", "Hợp tác xã", "3008000204", "18322", "Nước cam ép", "1048-18", "2019") + "\n"
				// 6: the same product name for the same producer
				+ line("HTX Nước cam Đức Lĩnh", "Hợp tác xã", "3008000204", "18322", "nước cam  ép", "1048-18", "2019") + "\n"
				// 7: the same producer with another legal form
				+ line("HTX Nước cam Đức Lĩnh", "Doanh nghiệp", "3008000204", "18322", "Mứt cam", "1048-15", "2019") + "\n"
				+ "\n"
				// 9: unknown legal form, bad e-mail-free row otherwise fine
				+ line("Công ty X", "Công ty hợp danh", "3008000205", "18322", "Sản phẩm D", "1048-01", "2019") + "\n"
				// 10: clean
				+ line("HTX Chè Hương Minh", "Tổ hợp tác", "3008000206", "18340", "Chè xanh", "1048-12", "2019") + "\n"
				// 11: a cycle that does not exist
				+ line("HTX Chè Hương Minh", "Tổ hợp tác", "3008000206", "18340", "Chè khô", "1048-12", "2097") + "\n"
				// 12: Bean Validation of the details: a phone number, a GTIN, more women than workers
				+ csv(';', row("producer_name", "HTX Sai số", "legal_form", "Hợp tác xã", "registration_number",
						"3008000207", "producer_commune_code", "18322", "phone", "123", "product_name", "Sản phẩm E",
						"product_set_code", "1048-01", "gtin", "12AB", "cycle_year", "2019")) + "\n"
				+ csv(';', row("producer_name", "HTX Lao động", "legal_form", "Hợp tác xã", "registration_number",
						"3008000208", "producer_commune_code", "18322", "workers", "3", "women_workers", "5")) + "\n";
		long productsBefore = total("/api/v1/products?size=1");
		long producersBefore = total("/api/v1/producers?size=1");

		String preview = mvc.perform(multipart("/api/v1/imports/registry")
						.file(upload("loi.csv", "text/csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)))
						.with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rows").value(11))
				.andExpect(jsonPath("$.errors[?(@.row == 2)].column").value(org.hamcrest.Matchers.hasItem("producer_commune_code")))
				.andExpect(jsonPath("$.errors[?(@.row == 2)].message").value(org.hamcrest.Matchers.hasItem(containsString("77777"))))
				.andExpect(jsonPath("$.errors[?(@.row == 3)].column").value(org.hamcrest.Matchers.hasItem("registration_number")))
				.andExpect(jsonPath("$.errors[?(@.row == 3)].message").value(org.hamcrest.Matchers.hasItem(containsString("10 chữ số"))))
				.andExpect(jsonPath("$.errors[?(@.row == 4)].message").value(org.hamcrest.Matchers.hasItem(containsString("1048/QĐ-TTg"))))
				.andExpect(jsonPath("$.errors[?(@.row == 4)].cell").value(org.hamcrest.Matchers.hasItem("Q4")))
				.andExpect(jsonPath("$.errors[?(@.row == 6)].message").value(org.hamcrest.Matchers.hasItem(containsString("dòng 5"))))
				.andExpect(jsonPath("$.errors[?(@.row == 7)].column").value(org.hamcrest.Matchers.hasItem("legal_form")))
				.andExpect(jsonPath("$.errors[?(@.row == 9)].message").value(org.hamcrest.Matchers.hasItem(containsString("Công ty hợp danh"))))
				.andExpect(jsonPath("$.errors[?(@.row == 11)].message").value(org.hamcrest.Matchers.hasItem(containsString("2097"))))
				.andExpect(jsonPath("$.errors[?(@.row == 12 && @.column == 'phone')].message")
						.value(org.hamcrest.Matchers.hasItem(containsString("số điện thoại"))))
				.andExpect(jsonPath("$.errors[?(@.row == 12 && @.column == 'gtin')].message")
						.value(org.hamcrest.Matchers.hasItem(containsString("GTIN"))))
				.andExpect(jsonPath("$.errors[?(@.row == 13)].column").value(org.hamcrest.Matchers.hasItem("workers")))
				.andReturn().getResponse().getContentAsString();
		List<Integer> rows = JsonPath.read(preview, "$.errors[*].row");
		assertThat(rows).containsOnly(2, 3, 4, 6, 7, 9, 11, 12, 13);
		String token = JsonPath.read(preview, "$.token");

		mvc.perform(post("/api/v1/imports/registry/" + token + "/confirm").with(as("admin")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[?(@.row == 2)].message").value(org.hamcrest.Matchers.hasItem(containsString("77777"))))
				.andExpect(jsonPath("$.errors[?(@.row == 3)].column").value(org.hamcrest.Matchers.hasItem("registration_number")));
		assertThat(total("/api/v1/products?size=1")).isEqualTo(productsBefore);
		assertThat(total("/api/v1/producers?size=1")).isEqualTo(producersBefore);
		assertThat(total("/api/v1/producers?size=1&q=3008000204")).isZero();

		// in English on request
		mvc.perform(multipart("/api/v1/imports/registry").param("lang", "en")
						.file(upload("loi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as("admin")))
				.andExpect(jsonPath("$.errors[?(@.row == 2)].message").value(org.hamcrest.Matchers.hasItem(containsString("77777"))))
				.andExpect(jsonPath("$.errors[?(@.row == 6)].message").value(org.hamcrest.Matchers.hasItem(containsString("repeats row 5"))));
	}

	@Test
	void shouldRefuseRowsOutsideTheDistrictOfficersArea() throws Exception {
		String csv = String.join(",", HEADER) + "\n"
				+ line(',', "HTX Vũ Quang mới", "Hợp tác xã", "3008000301", "18319", "Bột nghệ Đức Giang", "1048-14", "2019") + "\n"
				+ line(',', "HTX Sơn Phú mới", "Hợp tác xã", "3008000302", "18217", "Cam bù Sơn Phú mới", "1048-01", "2019") + "\n"
				// a Vũ Quang producer registering a product of a Hương Sơn commune
				+ csv(',', row("producer_name", "HTX Vũ Quang mới", "legal_form", "Hợp tác xã", "registration_number",
						"3008000301", "producer_commune_code", "18319", "product_name", "Chè Sơn Hồng",
						"product_set_code", "1048-12", "product_commune_code", "18139", "cycle_year", "2019")) + "\n"
				// the demo producer of Hương Sơn exists, outside the area
				+ line(',', "", "", "3001234564", "", "Nhung hươu mới", "1048-19", "2019") + "\n";
		String preview = mvc.perform(multipart("/api/v1/imports/registry")
						.file(upload("vu-quang.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as("district")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.errors[?(@.row == 3)].column").value(org.hamcrest.Matchers.hasItem("producer_commune_code")))
				.andExpect(jsonPath("$.errors[?(@.row == 3)].message").value(org.hamcrest.Matchers.hasItem(containsString("ngoài địa bàn"))))
				.andExpect(jsonPath("$.errors[?(@.row == 4)].column").value(org.hamcrest.Matchers.hasItem("product_commune_code")))
				.andExpect(jsonPath("$.errors[?(@.row == 5)].column").value(org.hamcrest.Matchers.hasItem("registration_number")))
				.andReturn().getResponse().getContentAsString();
		List<Integer> rows = JsonPath.read(preview, "$.errors[*].row");
		assertThat(rows).containsOnly(3, 4, 5);
		// producers cannot import at all
		mvc.perform(multipart("/api/v1/imports/registry")
						.file(upload("vu-quang.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as("producer")))
				.andExpect(status().isForbidden());
	}

	@Test
	void shouldLetOnlyTheUploaderConfirm() throws Exception {
		String csv = String.join(",", HEADER) + "\n"
				+ line(',', "HTX Đức Bồng", "HTX", "3008000401", "18331", "Gạo Đức Bồng", "1048-03", "2019") + "\n";
		String preview = mvc.perform(multipart("/api/v1/imports/registry")
						.file(upload("duc-bong.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as("district")))
				.andExpect(jsonPath("$.errors", hasSize(0)))
				.andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(preview, "$.token");
		mvc.perform(post("/api/v1/imports/registry/" + token + "/confirm").with(as("admin")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/imports/registry/" + token + "/confirm").with(as("district-hs")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/imports/registry/bm90LWEtdG9rZW4/confirm").with(as("district")))
				.andExpect(status().isNotFound());
		assertThat(total("/api/v1/producers?size=1&q=3008000401")).isZero();
		mvc.perform(post("/api/v1/imports/registry/" + token + "/confirm").with(as("district")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.productsCreated").value(1));
		assertThat(total("/api/v1/producers?size=1&q=3008000401")).isEqualTo(1);
	}

	@Test
	void shouldReportAWrongHeaderOnce() throws Exception {
		String csv = "ten,ma_so,xa\nHTX A,3008000501,18322\nHTX B,3008000502,18322\n";
		mvc.perform(multipart("/api/v1/imports/registry")
						.file(upload("sai-cot.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.errors", hasSize(1)))
				.andExpect(jsonPath("$.errors[0].row").value(1))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("producer_name")))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("registration_number")));
	}

	@Test
	void shouldRefuseFilesThatAreNotSpreadsheets() throws Exception {
		// a text file renamed .xlsx
		mvc.perform(multipart("/api/v1/imports/registry")
						.file(upload("danh-sach.xlsx", XLSX, "Đây là một tệp văn bản.\nKhông phải Excel.".getBytes(StandardCharsets.UTF_8)))
						.with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.token").doesNotExist())
				.andExpect(jsonPath("$.errors", hasSize(1)))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("không phải bảng tính Excel")));
		// a picture
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
		mvc.perform(multipart("/api/v1/imports/registry").file(upload("anh.csv", "text/csv", png)).with(as("admin")))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("image/png")));
		// a damaged workbook: the start of a real one
		byte[] workbook = xlsx(List.of(row("producer_name", "X")));
		byte[] damaged = java.util.Arrays.copyOf(workbook, workbook.length / 2);
		mvc.perform(multipart("/api/v1/imports/registry").file(upload("hong.xlsx", XLSX, damaged)).with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.errors", hasSize(1)))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("Không đọc được bảng tính Excel")));
		// an empty file, and a header without rows
		mvc.perform(multipart("/api/v1/imports/registry").file(upload("rong.csv", "text/csv", new byte[0])).with(as("admin")))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("không có nội dung")));
		mvc.perform(multipart("/api/v1/imports/registry")
						.file(upload("chi-tieu-de.csv", "text/csv", String.join(",", HEADER).getBytes(StandardCharsets.UTF_8)))
						.with(as("admin")))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("không có dòng dữ liệu")));
	}

	@Test
	void shouldServeATemplateWithTheCataloguesAndTheExampleRow() throws Exception {
		byte[] bytes = mvc.perform(get("/api/v1/imports/registry/template.xlsx").with(as("district")))
				.andExpect(status().isOk())
				.andExpect(content().contentType(XLSX))
				.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
			Sheet data = workbook.getSheetAt(0);
			List<String> header = new ArrayList<>();
			data.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			assertThat(header).containsExactlyElementsOf(HEADER);
			assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Hợp tác xã Cam Vũ Quang");
			Sheet lists = workbook.getSheet("Danh mục");
			assertThat(lists).isNotNull();
			List<String> firstColumn = new ArrayList<>();
			lists.forEach(r -> firstColumn.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
			assertThat(firstColumn).contains("COOPERATIVE", "01", "02", "1048-01", "1048-26");
		}
	}

	@Test
	void shouldImportThroughThePages() throws Exception {
		var admin = user("admin").roles("PROVINCE_ADMIN");
		mvc.perform(get("/registry/import").with(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/registry/import/template.xlsx")))
				// the menu entry
				.andExpect(content().string(containsString("Nhập từ Excel/CSV")));
		String csv = String.join(",", HEADER) + "\n"
				+ line(',', "HTX Đức Liên", "Hợp tác xã", "3008000601", "18334", "Nấm Đức Liên", "1048-01", "2019") + "\n";
		String page = mvc.perform(multipart("/registry/import")
						.file(upload("duc-lien.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(admin).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Xác nhận nhập")))
				.andReturn().getResponse().getContentAsString();
		var matcher = java.util.regex.Pattern.compile("/registry/import/([A-Za-z0-9_-]+)/confirm").matcher(page);
		assertThat(matcher.find()).isTrue();
		mvc.perform(post("/registry/import/" + matcher.group(1) + "/confirm").with(admin).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/registry/import/done"))
				.andExpect(flash().attributeExists("result"));
		// a bad file: the table of errors and no confirm button
		String bad = String.join(",", HEADER) + "\n"
				+ line(',', "HTX Đức Liên 2", "Hợp tác xã", "3008000602", "77777", "Nấm 2", "1048-01", "2019") + "\n";
		mvc.perform(multipart("/registry/import")
						.file(upload("sai.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8))).with(admin).with(csrf()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("77777")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("confirm-import"))));
		mvc.perform(get("/registry/import").with(user("producer").roles("PRODUCER"))).andExpect(status().isForbidden());
	}

	// ------------------------------------------------------------------ helpers

	private long total(String url) throws Exception {
		String body = mvc.perform(get(url).with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		return ((Number) JsonPath.read(body, "$.total")).longValue();
	}

	static MockMultipartFile upload(String name, String type, byte[] bytes) {
		return new MockMultipartFile("file", name, type, bytes);
	}

	/** A CSV line with the producer and product essentials; other columns empty. */
	static String line(String producer, String legalForm, String number, String commune, String product,
			String productSet, String cycleYear) {
		return line(';', producer, legalForm, number, commune, product, productSet, cycleYear);
	}

	static String line(char separator, String producer, String legalForm, String number, String commune,
			String product, String productSet, String cycleYear) {
		return csv(separator, row("producer_name", producer, "legal_form", legalForm, "registration_number", number,
				"producer_commune_code", commune, "product_name", product, "product_set_code", productSet, "cycle_year",
				cycleYear));
	}

	static String csv(char separator, Map<String, Object> values) {
		List<String> cells = new ArrayList<>();
		for (String key : HEADER) {
			Object value = values.get(key);
			String text = value == null ? "" : value.toString();
			cells.add(text.contains(String.valueOf(separator)) || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text);
		}
		return String.join(String.valueOf(separator), cells);
	}

	static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			values.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return values;
	}

	/** A workbook with the header row and the rows, numbers as number cells and dates as date cells. */
	static byte[] xlsx(List<Map<String, Object>> rows) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Danh sách");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				// the header in another case and order must not matter: upper case here
				header.createCell(i).setCellValue(HEADER.get(i).toUpperCase(java.util.Locale.ROOT));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (var entry : rows.get(r).entrySet()) {
					Cell cell = row.createCell(HEADER.indexOf(entry.getKey()));
					Object value = entry.getValue();
					if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
