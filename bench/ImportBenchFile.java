import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the registry import file of the import benchmark: {@code products} rows, two products per producer, the
 * producers spread over Hà Tĩnh's 2020–2024 communes, the products over the product sets 1048-01..1048-26; the
 * cycle left empty (the latest open cycle) unless a fourth argument names one. Registration numbers 31xxxxxxxx.
 *
 * <pre>java -cp "BOOT-INF/lib/*" bench/ImportBenchFile.java out.xlsx 10000 src/main/resources/geo/hatinh-units-2020-2024.csv</pre>
 */
public class ImportBenchFile {

	static final String[] HEADER = { "producer_name", "legal_form", "registration_number", "registration_date",
			"representative", "address", "producer_commune_code", "phone", "email", "members", "workers",
			"women_workers", "ethnic_minority_workers", "programme_year", "newly_founded", "product_name",
			"product_set_code", "product_commune_code", "registration_type", "description", "ingredients", "packaging",
			"shelf_life", "unit", "price_vnd", "gtin", "cycle_year" };

	static final String[] FORMS = { "Hợp tác xã", "Doanh nghiệp", "Tổ hợp tác", "Hộ sản xuất có đăng ký kinh doanh" };
	static final String[] KINDS = { "Mật ong", "Cam", "Bưởi", "Chè xanh", "Nước mắm", "Kẹo cu đơ", "Nhung hươu", "Gạo",
			"Bánh đa vừng", "Nấm", "Tinh dầu", "Rượu" };

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "bench-import.xlsx");
		int products = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		Path units = Path.of(args.length > 2 ? args[2] : "src/main/resources/geo/hatinh-units-2020-2024.csv");
		String cycleYear = args.length > 3 ? args[3] : "";
		List<String> communes = new ArrayList<>();
		for (String line : Files.readAllLines(units, StandardCharsets.UTF_8)) {
			String[] cells = line.split(",");
			if (cells.length >= 3 && "COMMUNE".equals(cells[2])) {
				communes.add(cells[0]);
			}
		}
		var random = new Random(42);
		try (var workbook = new SXSSFWorkbook(500); var stream = new FileOutputStream(out.toFile())) {
			SXSSFSheet sheet = workbook.createSheet("Danh sách");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.length; i++) {
				header.createCell(i).setCellValue(HEADER[i]);
			}
			int producers = (products + 1) / 2;
			int r = 1;
			for (int p = 0; p < producers && r <= products; p++) {
				String commune = communes.get(p % communes.size());
				String form = FORMS[p % FORMS.length];
				String number = String.valueOf(3_100_000_000L + p);
				String name = form + " " + KINDS[p % KINDS.length] + " số " + (p + 1);
				int workers = 5 + random.nextInt(60);
				for (int k = 0; k < 2 && r <= products; k++, r++) {
					Row row = sheet.createRow(r);
					set(row, 0, name);
					set(row, 1, form);
					set(row, 2, number);
					set(row, 3, (1 + p % 28) + "/" + (1 + p % 12) + "/" + (2005 + p % 15));
					set(row, 4, "Nguyễn Văn " + (char) ('A' + p % 26));
					set(row, 5, "Thôn " + (1 + p % 9) + ", xã " + commune);
					set(row, 6, commune);
					set(row, 7, "09" + String.format("%08d", p));
					set(row, 8, "chuthe" + p + "@example.vn");
					number(row, 9, 3 + p % 40);
					number(row, 10, workers);
					number(row, 11, workers / 2);
					number(row, 12, p % 5 == 0 ? 2 : 0);
					number(row, 13, 2019);
					set(row, 14, p % 3 == 0 ? "Có" : "Không");
					set(row, 15, KINDS[(p + k) % KINDS.length] + " " + (k == 0 ? "đặc sản" : "hữu cơ") + " " + (p + 1));
					set(row, 16, String.format("1048-%02d", 1 + (p * 2 + k) % 26));
					set(row, 17, k == 0 ? "" : communes.get((p + 7) % communes.size()));
					set(row, 18, k == 0 ? "01" : "02");
					set(row, 19, "Sản phẩm truyền thống của địa phương, sản xuất theo quy trình khép kín.");
					set(row, 20, "Nguyên liệu địa phương");
					set(row, 21, "Hộp 500 g");
					set(row, 22, "12 tháng");
					set(row, 23, "hộp");
					number(row, 24, 50_000 + 1_000 * (p % 300));
					set(row, 26, cycleYear);
				}
			}
			workbook.write(stream);
		}
		System.out.println("wrote " + products + " products to " + out);
	}

	static void set(Row row, int column, String value) {
		if (!value.isEmpty()) {
			row.createCell(column).setCellValue(value);
		}
	}

	static void number(Row row, int column, double value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
	}
}
