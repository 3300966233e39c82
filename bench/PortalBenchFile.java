import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the SQL that fills the portal's catalogue read model ({@code portal_catalogue_entry}) with {@code n}
 * certified products of Hà Tĩnh's real communes and districts, with Vietnamese names (fish sauce, cu đơ candy,
 * Phúc Trạch pomelo…), 3–5 stars and four legal forms. The catalogue's search does not depend on how its rows got
 * there; certifying 20,000 products through councils would only make the benchmark slow to set up.
 *
 * <pre>java bench/PortalBenchFile.java out.sql n units.csv</pre>
 */
public class PortalBenchFile {

	static final String[] KINDS = { "Nước mắm", "Kẹo cu đơ", "Bưởi Phúc Trạch", "Cam Vũ Quang", "Mật ong", "Chè xanh",
			"Nhung hươu", "Mực khô", "Gạo hữu cơ", "Tinh dầu bưởi", "Cao dược liệu", "Rượu nếp", "Bánh đa vừng",
			"Chả bò", "Dầu lạc", "Tương Nam Đàn", "Muối Vĩnh Ngọc", "Nón lá", "Mây tre đan", "Trà thảo mộc" };
	static final String[] ADJ = { "truyền thống", "đặc biệt", "thượng hạng", "hảo hạng", "sạch", "gia truyền",
			"xuất khẩu", "hữu cơ", "loại 1", "cao cấp" };
	static final String[] FORMS = { "COOPERATIVE", "ENTERPRISE", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS" };
	static final String[] FORM_NAMES = { "Hợp tác xã", "Công ty TNHH", "Tổ hợp tác", "Cơ sở" };

	record Commune(String code, String name, String districtCode, String districtName) {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int n = Integer.parseInt(args[1]);
		List<String[]> rows = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream().skip(1)
				.map(l -> l.split(",")).toList();
		List<Commune> communes = new ArrayList<>();
		for (String[] r : rows) {
			if (r[2].equals("COMMUNE")) {
				String district = rows.stream().filter(d -> d[0].equals(r[3])).findFirst().map(d -> d[1]).orElse(null);
				communes.add(new Commune(r[0], r[1], r[3], district));
			}
		}
		var random = new Random(42);
		try (var sql = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
			for (int i = 0; i < n; i++) {
				Commune c = communes.get(random.nextInt(communes.size()));
				String kind = KINDS[random.nextInt(KINDS.length)];
				String name = kind + " " + ADJ[random.nextInt(ADJ.length)] + " " + c.name().replaceFirst("^(Xã|Phường|Thị trấn) ", "") + " " + i;
				int form = random.nextInt(FORMS.length);
				UUID producer = new UUID(7, i / 2);
				String producerName = FORM_NAMES[form] + " " + kind + " " + c.name().replaceFirst("^(Xã|Phường|Thị trấn) ", "") + " " + (i / 2);
				UUID id = new UUID(42, i);
				int stars = 3 + (random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 8 ? 1 : 2);
				String group = "G" + (1 + random.nextInt(6));
				sql.printf("insert into portal_catalogue_entry (product_id, slug, name, description, story, producer_id, producer_slug,"
						+ " producer_name, legal_form, product_set_code, product_set_name, group_code, group_name, commune_code,"
						+ " commune_name, district_code, district_name, certificate_code, certificate_status, stars, certified_on,"
						+ " valid_until, has_photo, refreshed_at) values ('%s', '%s', '%s', '%s', null, '%s', '%s', '%s', '%s',"
						+ " '1048-01', 'Bộ sản phẩm %s', '%s', 'Nhóm %s', '%s', '%s', '%s', '%s', 'B42-%08d', 'VALID', %d,"
						+ " date '2024-01-01', date '2027-01-01', false, timestamp with time zone '2026-01-01 00:00:00+00');%n",
						id, "bench-" + i, q(name), q("Sản phẩm " + kind.toLowerCase() + " của " + c.name() + ", được chế biến theo quy trình truyền thống."),
						producer, "bench-producer-" + (i / 2), q(producerName), FORMS[form], group, group, group, c.code(), q(c.name()),
						c.districtCode(), q(c.districtName() == null ? "" : c.districtName()), i, stars);
			}
		}
	}

	static String q(String s) {
		return s.replace("'", "''");
	}
}
