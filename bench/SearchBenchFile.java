import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one registry import file of the search benchmark: {@code products} rows, two products per producer, with
 * names as varied as real ones — a kind of product ("Nước mắm", "Kẹo cu đơ", …) with the name of a commune of Hà
 * Tĩnh and a qualifier, producers named after their legal form, kind and commune, representatives with Vietnamese
 * names, descriptions drawn from a few sentences — so that searches find tens to thousands of products, not all
 * or nothing. Producers are numbered from {@code firstProducer} (registration numbers 32xxxxxxxx), so that several
 * files (the server imports a limited number of rows at once) do not overlap. Deterministic (fixed seed).
 *
 * <pre>java -cp "BOOT-INF/lib/*" bench/SearchBenchFile.java out.xlsx 10000 0 src/main/resources/geo/hatinh-units-2020-2024.csv</pre>
 */
public class SearchBenchFile {

	static final String[] HEADER = { "producer_name", "legal_form", "registration_number", "registration_date",
			"representative", "address", "producer_commune_code", "phone", "email", "members", "workers",
			"women_workers", "ethnic_minority_workers", "programme_year", "newly_founded", "product_name",
			"product_set_code", "product_commune_code", "registration_type", "description", "ingredients", "packaging",
			"shelf_life", "unit", "price_vnd", "gtin", "cycle_year" };

	static final String[] FORMS = { "Hợp tác xã", "Công ty TNHH", "Tổ hợp tác", "Hộ sản xuất có đăng ký kinh doanh",
			"Cơ sở" };

	/** Kinds of products with their product set (Decision 1048/QĐ-TTg) and a line of description. */
	static final String[][] KINDS = {
			{ "Mật ong rừng", "1048-04", "Mật ong khai thác từ rừng tự nhiên, màu hổ phách, thơm mùi hoa rừng." },
			{ "Cam chanh", "1048-01", "Cam chanh trồng trên đất đồi, quả tròn, vỏ mỏng, vị ngọt thanh." },
			{ "Cam bù", "1048-01", "Cam bù quả to, vỏ sần, vị ngọt đậm, thu hoạch tháng Chạp." },
			{ "Bưởi", "1048-01", "Bưởi múi hồng, mọng nước, vị ngọt mát, để được lâu." },
			{ "Chè xanh", "1048-12", "Chè búp tươi sao thủ công, nước xanh, vị chát dịu, hậu ngọt." },
			{ "Nước mắm", "1048-10", "Nước mắm cá cơm truyền thống ủ chượp trong thùng gỗ." },
			{ "Kẹo cu đơ", "1048-06", "Kẹo làm từ mật mía, lạc rang, gừng, kẹp giữa hai lớp bánh tráng." },
			{ "Nhung hươu", "1048-19", "Nhung hươu sao sấy khô, sơ chế theo quy trình an toàn." },
			{ "Gạo hữu cơ", "1048-02", "Gạo trồng theo hướng hữu cơ, hạt dẻo, thơm." },
			{ "Bánh đa vừng", "1048-06", "Bánh đa tráng tay, rắc vừng đen, nướng giòn." },
			{ "Nấm hương", "1048-03", "Nấm hương rừng phơi khô, mũ dày, thơm." },
			{ "Tinh dầu bưởi", "1048-21", "Tinh dầu chưng cất từ vỏ bưởi, dùng dưỡng tóc." },
			{ "Rượu nếp", "1048-15", "Rượu nếp nấu thủ công bằng men lá." },
			{ "Mực khô", "1048-09", "Mực ống câu đêm, phơi nắng tự nhiên." },
			{ "Cá khô", "1048-09", "Cá biển làm sạch, phơi một nắng." },
			{ "Dầu lạc", "1048-05", "Dầu lạc ép nguội, giữ mùi thơm tự nhiên." },
			{ "Tương", "1048-05", "Tương đậu nành ủ trong chum sành." },
			{ "Chanh leo", "1048-01", "Chanh leo tím, nhiều nước, vị chua thanh." },
			{ "Măng khô", "1048-03", "Măng rừng luộc chín, phơi khô." },
			{ "Lạc rang", "1048-06", "Lạc đỏ rang húng lìu, giòn thơm." },
			{ "Trà hoa vàng", "1048-12", "Hoa trà vàng sấy lạnh, pha nước vàng óng." },
			{ "Nón lá", "1048-24", "Nón lá chuốt mười sáu vành, khâu tay." },
			{ "Chiếu cói", "1048-24", "Chiếu cói dệt tay, nhuộm màu tự nhiên." },
			{ "Muối sạch", "1048-05", "Muối biển phơi cát, kết tinh tự nhiên." } };

	static final String[] QUALIFIERS = { "đặc sản", "hữu cơ", "truyền thống", "loại 1", "cao cấp", "sạch", "quê",
			"thượng hạng" };

	static final String[] EXTRAS = { "Sản xuất theo quy trình khép kín, có tem truy xuất nguồn gốc.",
			"Nguyên liệu thu mua của bà con trong xã.", "Đạt tiêu chuẩn VietGAP.", "Đóng gói hút chân không.",
			"Sản phẩm chủ lực của địa phương.", "Bán tại chợ phiên và trên sàn thương mại điện tử." };

	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
			"Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh" };
	static final String[] MIDDLE = { "Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Quang", "Ngọc" };
	static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng",
			"Hương", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thắng",
			"Thảo", "Trang", "Tuấn", "Việt", "Yến" };

	record Commune(String code, String name) {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "search-bench.xlsx");
		int products = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int firstProducer = args.length > 2 ? Integer.parseInt(args[2]) : 0;
		Path units = Path.of(args.length > 3 ? args[3] : "src/main/resources/geo/hatinh-units-2020-2024.csv");
		List<Commune> communes = new ArrayList<>();
		for (String line : Files.readAllLines(units, StandardCharsets.UTF_8)) {
			String[] cells = line.split(",");
			if (cells.length >= 3 && "COMMUNE".equals(cells[2])) {
				communes.add(new Commune(cells[0], cells[1].replaceFirst("^(Xã|Phường|Thị trấn) ", "")));
			}
		}
		var random = new Random(42L + firstProducer);
		try (var workbook = new SXSSFWorkbook(500); var stream = new FileOutputStream(out.toFile())) {
			SXSSFSheet sheet = workbook.createSheet("Danh sách");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.length; i++) {
				header.createCell(i).setCellValue(HEADER[i]);
			}
			int r = 1;
			for (int p = firstProducer; r <= products; p++) {
				Commune commune = communes.get(random.nextInt(communes.size()));
				String form = FORMS[p % FORMS.length];
				String[] kind = KINDS[random.nextInt(KINDS.length)];
				String representative = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)]
						+ " " + GIVEN[random.nextInt(GIVEN.length)];
				String producer = form + " " + kind[0] + " " + commune.name();
				int workers = 5 + random.nextInt(60);
				for (int k = 0; k < 2 && r <= products; k++, r++) {
					String[] productKind = k == 0 ? kind : KINDS[random.nextInt(KINDS.length)];
					Row row = sheet.createRow(r);
					set(row, 0, producer);
					set(row, 1, form.startsWith("Công ty") ? "Doanh nghiệp" : form.equals("Cơ sở") ? "Hộ sản xuất có đăng ký kinh doanh" : form);
					set(row, 2, String.valueOf(3_200_000_000L + p));
					set(row, 3, (1 + p % 28) + "/" + (1 + p % 12) + "/" + (2005 + p % 15));
					set(row, 4, representative);
					set(row, 5, "Thôn " + (1 + p % 9) + ", xã " + commune.name());
					set(row, 6, commune.code());
					set(row, 7, "09" + String.format("%08d", p % 100_000_000));
					set(row, 8, "chuthe" + p + "@example.vn");
					number(row, 9, 3 + p % 40);
					number(row, 10, workers);
					number(row, 11, workers / 2);
					number(row, 12, p % 5 == 0 ? 2 : 0);
					number(row, 13, 2019);
					set(row, 14, p % 3 == 0 ? "Có" : "Không");
					set(row, 15, productKind[0] + " " + commune.name() + " " + QUALIFIERS[random.nextInt(QUALIFIERS.length)]
							+ (k == 1 ? " " + (p + 1) : ""));
					set(row, 16, productKind[1]);
					set(row, 17, "");
					set(row, 18, k == 0 ? "02" : "01");
					set(row, 19, productKind[2] + " " + EXTRAS[random.nextInt(EXTRAS.length)]);
					set(row, 20, "Nguyên liệu địa phương");
					set(row, 21, "Hộp 500 g");
					set(row, 22, "12 tháng");
					set(row, 23, "hộp");
					number(row, 24, 50_000 + 1_000 * random.nextInt(300));
				}
			}
			workbook.write(stream);
		}
		System.out.println("wrote " + products + " products of producers from " + firstProducer + " to " + out);
	}

	static void set(Row row, int column, String value) {
		if (!value.isEmpty()) {
			row.createCell(column).setCellValue(value);
		}
	}

	static void number(Row row, int column, double value) {
		row.createCell(column).setCellValue(value);
	}
}
