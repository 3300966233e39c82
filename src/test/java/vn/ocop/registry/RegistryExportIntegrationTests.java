package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Export of the filtered product and producer lists to Excel: only what the caller may see, readable Vietnamese
 * titles and names, real dates and numbers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryExportIntegrationTests {

	/** The communes of Hương Sơn (439) in the 2020–2024 list. */
	static final Set<String> HUONG_SON = Set.of("18133", "18136", "18139", "18142", "18145", "18148", "18157", "18160",
			"18163", "18172", "18175", "18178", "18181", "18184", "18187", "18190", "18193", "18196", "18199", "18202",
			"18205", "18211", "18214", "18217", "18223");

	@Autowired
	MockMvc mvc;

	static RequestPostProcessor as(String username) {
		return httpBasic(username, "ocop-demo");
	}

	@Test
	void shouldExportTheProductsOfVuQuangWithReadableColumns() throws Exception {
		var response = mvc.perform(get("/api/v1/products/export.xlsx").param("unitCode", "441").with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(header().string("Content-Disposition", containsString("filename=\"san-pham-ocop.xlsx\"")))
				.andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		long total = total("/api/v1/products?size=1&unitCode=441", "admin");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> titles = titles(sheet);
			assertThat(titles).contains("Tên sản phẩm", "Chủ thể", "Mã số chủ thể", "Bộ sản phẩm", "Xã, phường, thị trấn",
					"Trạng thái", "Giá bán (VNĐ)", "Ngày đăng ký");
			assertThat(workbook.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation()).isNotNull();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getLastRowNum()).isEqualTo((int) total);

			int name = titles.indexOf("Tên sản phẩm");
			int commune = titles.indexOf("Mã xã");
			int status = titles.indexOf("Trạng thái");
			int price = titles.indexOf("Giá bán (VNĐ)");
			int registered = titles.indexOf("Ngày đăng ký");
			int producerNumber = titles.indexOf("Mã số chủ thể");
			List<String> names = new ArrayList<>();
			Row cam = null;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				names.add(row.getCell(name).getStringCellValue());
				assertThat(HUONG_SON).doesNotContain(row.getCell(commune).getStringCellValue());
				assertThat(DateUtil.isCellDateFormatted(row.getCell(registered))).isTrue();
				if ("Cam Vũ Quang".equals(row.getCell(name).getStringCellValue())) {
					cam = row;
				}
			}
			assertThat(names).contains("Cam Vũ Quang", "Mật ong rừng Vũ Quang");
			assertThat(cam).isNotNull();
			// certified by the demo's provincial council (CertificationDemoData)
			assertThat(cam.getCell(status).getStringCellValue()).isEqualTo("Đã được công nhận");
			assertThat(cam.getCell(price).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(cam.getCell(price).getNumericCellValue()).isEqualTo(35_000d);
			assertThat(cam.getCell(price).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(cam.getCell(producerNumber).getStringCellValue()).isEqualTo("3001234561");
		}
	}

	@Test
	void shouldExportOnlyWhatTheCallerMaySee() throws Exception {
		byte[] bytes = mvc.perform(get("/api/v1/products/export.xlsx").param("unitCode", "441").with(as("district-hs")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
		bytes = mvc.perform(get("/api/v1/producers/export.xlsx").with(as("district")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("chu-the-ocop.xlsx")))
				.andReturn().getResponse().getContentAsByteArray();
		long total = total("/api/v1/producers?size=1", "district");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> titles = titles(sheet);
			assertThat(titles).contains("Tên chủ thể", "Loại hình", "Mã số doanh nghiệp/mã số thuế");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) total);
			int name = titles.indexOf("Tên chủ thể");
			int form = titles.indexOf("Loại hình");
			List<String> names = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(name).getStringCellValue());
				if ("Hợp tác xã Cam Vũ Quang".equals(sheet.getRow(r).getCell(name).getStringCellValue())) {
					assertThat(sheet.getRow(r).getCell(form).getStringCellValue()).isEqualTo("Hợp tác xã");
				}
			}
			assertThat(names).contains("Hợp tác xã Cam Vũ Quang").doesNotContain("Hợp tác xã Nhung hươu Sơn Hồng");
		}
	}

	@Test
	void shouldExportFromThePagesWithTheListFilters() throws Exception {
		var admin = user("admin").roles("PROVINCE_ADMIN");
		// a filter value that does not convert is dropped, as on the list page
		byte[] bytes = mvc.perform(get("/registry/products/export.xlsx").param("unitCode", "441")
						.param("reachedStage", "1").param("status", "NOT_A_STATUS").with(admin))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("san-pham-ocop.xlsx")))
				.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			int name = titles(sheet).indexOf("Tên sản phẩm");
			List<String> names = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(name).getStringCellValue());
			}
			// selected or further: the submitted oranges and the selected tea, not the ideas
			assertThat(names).contains("Cam Vũ Quang", "Chè xanh Hương Minh").doesNotContain("Mật ong rừng Vũ Quang");
		}
		mvc.perform(get("/registry/producers/export.xlsx").param("legalForm", "COOPERATIVE").with(admin)
						.param("lang", "en"))
				.andExpect(status().isOk());
	}

	private static List<String> titles(Sheet sheet) {
		List<String> titles = new ArrayList<>();
		sheet.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
		return titles;
	}

	private long total(String url, String username) throws Exception {
		String body = mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		return ((Number) JsonPath.read(body, "$.total")).longValue();
	}
}
