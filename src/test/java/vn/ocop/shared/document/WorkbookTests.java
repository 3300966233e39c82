package vn.ocop.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookTests {

	@Test
	void shouldTypeEachValueByItsJavaType() throws Exception {
		byte[] bytes = new Sheet("Báo cáo", List.of("Tên", "Năm", "Doanh thu", "Tỷ lệ", "Ngày", "Lúc", "Có", "Giá"))
				.row("Cam Vũ Quang", 2026, 35_000L, Sheet.percent(0.42), LocalDate.of(2026, 3, 10),
						Instant.parse("2026-03-10T01:30:00Z"), true, new BigDecimal("12.5"))
				.row(null, null, Sheet.amount(null), null, null, null, false, Sheet.amount(new BigDecimal("1200000")))
				.bytes();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheet("Báo cáo");
			var header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Tên");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			var row = sheet.getRow(1);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2026);
			assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("General");
			assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.42);
			assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0%");
			assertThat(row.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 10, 0, 0));
			// 01:30 UTC is 08:30 in Vietnam
			assertThat(row.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 10, 8, 30));
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("x");
			assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			var empty = sheet.getRow(2);
			assertThat(empty.getCell(0)).isNull();
			assertThat(empty.getCell(2)).isNull();
			assertThat(empty.getCell(6).getStringCellValue()).isEmpty();
			assertThat(empty.getCell(7).getNumericCellValue()).isEqualTo(1_200_000);
			assertThat(empty.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void shouldStreamSeveralSheetsWithFixedWidthsAndAFilter() throws Exception {
		var out = new ByteArrayOutputStream();
		try (Workbook workbook = Workbook.streamed()) {
			Sheet first = workbook.sheet("Tháng 1/2026", List.of("A", "B")).widths(40, 10).filter();
			for (int i = 0; i < 1_000; i++) {
				first.row("dòng " + i, i);
			}
			assertThat(first.rows()).isEqualTo(1_000);
			workbook.sheet("Trống", List.of("C")).row(Sheet.text("00123"));
			workbook.writeTo(out);
		}
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			// "/" is not allowed in a sheet's name
			var first = workbook.getSheetAt(0);
			assertThat(first.getSheetName()).isEqualTo("Tháng 1 2026");
			assertThat(first.getLastRowNum()).isEqualTo(1_000);
			assertThat(first.getColumnWidth(0)).isEqualTo(40 * 256);
			assertThat(first.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B1001");
			var text = workbook.getSheetAt(1).getRow(1).getCell(0);
			assertThat(text.getStringCellValue()).isEqualTo("00123");
			assertThat(text.getCellStyle().getDataFormatString()).isEqualTo("@");
		}
	}

	@Test
	void shouldWriteListsUnderTitlesInASheetWithoutAHeader() throws Exception {
		Workbook book = Workbook.inMemory();
		Sheet lists = book.sheet("Danh mục", List.of()).widths(26, 60).textColumns(0);
		lists.title("Loại hình").header("Mã", "Tên").row("COOPERATIVE", "Hợp tác xã").skip().title("Bộ sản phẩm");
		assertThat(lists.rows()).isEqualTo(5);
		byte[] bytes = book.bytes();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheet("Danh mục");
			var title = sheet.getRow(0).getCell(0);
			assertThat(title.getStringCellValue()).isEqualTo("Loại hình");
			assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getFontHeightInPoints()).isEqualTo((short) 13);
			assertThat(workbook.getFontAt(sheet.getRow(1).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("COOPERATIVE");
			assertThat((Object) sheet.getRow(3)).isNull();
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Bộ sản phẩm");
			assertThat(sheet.getColumnWidth(1)).isEqualTo(60 * 256);
			assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
			assertThat(sheet.getPaneInformation()).isNull();
		}
	}
}
