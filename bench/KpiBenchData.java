import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the SQL of a national-size registry for the KPI benchmark (bench/kpis.sh): producers and products of the
 * 2019 cycle spread over 63 provinces' worth of communes (about 10,600 codes), every step of the cycle, and
 * certificates (with renewals and expiries) for a third of the products. Inserted straight into the tables: the
 * benchmark measures reading them, not writing them.
 *
 *   java bench/KpiBenchData.java out.sql [products] [producers]
 */
public class KpiBenchData {

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		int products = args.length > 1 ? Integer.parseInt(args[1]) : 15_000;
		int producers = args.length > 2 ? Integer.parseInt(args[2]) : 7_000;
		var random = new Random(42);
		String[] legal = { "ENTERPRISE", "COOPERATIVE", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS" };
		String[] statuses = { "IDEA_REGISTERED", "SELECTED", "NOT_SELECTED", "SUBMITTED", "UNDER_EVALUATION", "RATED",
				"NOT_RATED", "CERTIFIED", "WITHDRAWN" };
		int[] stages = { 0, 1, 0, 2, 3, 3, 3, 4, 1 };
		UUID[] producerIds = new UUID[producers];
		String[] producerCommunes = new String[producers];
		try (BufferedWriter w = Files.newBufferedWriter(out)) {
			UUID decision = UUID.randomUUID();
			w.write("insert into certification_decision (id, kind, decision_number, decision_date, authority, recorded_at, "
					+ "recorded_by) values ('" + decision + "', 'RECOGNITION', 'BENCH/QĐ-UBND', date '2019-11-20', "
					+ "'UBND tỉnh', timestamp with time zone '2019-11-20 08:00:00+07', 'bench');\n");
			for (int i = 0; i < producers; i++) {
				producerIds[i] = UUID.randomUUID();
				producerCommunes[i] = commune(random);
				w.write("insert into registry_producer (id, name, legal_form, registration_number, commune_code, unit_date, "
						+ "programme_year, newly_founded, created_at, created_by) values ('" + producerIds[i] + "', 'Chủ thể "
						+ i + "', '" + legal[random.nextInt(legal.length)] + "', '" + (8_000_000_000L + i) + "', '"
						+ producerCommunes[i] + "', date '2019-01-01', " + (random.nextInt(4) == 0 ? "null" : "2019") + ", "
						+ (random.nextInt(5) == 0) + ", " + instant(random) + ", 'bench');\n");
			}
			for (int i = 0; i < products; i++) {
				UUID id = UUID.randomUUID();
				int p = random.nextInt(producers);
				int s = random.nextInt(statuses.length);
				boolean certified = "CERTIFIED".equals(statuses[s]) || random.nextInt(3) == 0;
				String status = certified ? "CERTIFIED" : statuses[s];
				int stage = certified ? 4 : stages[s];
				int stars = 3 + random.nextInt(3);
				String set = String.format("1048-%02d", 1 + random.nextInt(26));
				w.write("insert into registry_product (id, producer_id, cycle_year, regulation_code, name, product_set_code, "
						+ "commune_code, unit_date, registration_type, status, reached_stage, stars, created_at, created_by, "
						+ "status_changed_at) values ('" + id + "', '" + producerIds[p] + "', 2019, '1048/QĐ-TTg', 'Sản phẩm "
						+ i + "', '" + set + "', '" + producerCommunes[p] + "', date '2019-01-01', '"
						+ (random.nextBoolean() ? "EXISTING_PRODUCT" : "NEW_PRODUCT") + "', '" + status + "', " + stage + ", "
						+ (certified ? String.valueOf(stars) : "null") + ", " + instant(random) + ", 'bench', "
						+ instant(random) + ");\n");
				if (certified) {
					LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365));
					certificate(w, id, producerIds[p], producerCommunes[p], stars, from, decision, i, "a");
					if (random.nextInt(4) == 0) {
						// an earlier certificate of the product: an expiry and a renewal
						certificate(w, id, producerIds[p], producerCommunes[p], stars, from.minusYears(3), decision, i, "b");
					}
				}
			}
		}
	}

	static void certificate(BufferedWriter w, UUID product, UUID producer, String commune, int stars, LocalDate from,
			UUID decision, int i, String suffix) throws Exception {
		LocalDate until = from.plusMonths(36).minusDays(1);
		w.write("insert into certification_certificate (id, code, product_id, producer_id, product_name, producer_name, "
				+ "commune_code, unit_date, regulation_code, issued_stars, stars, valid_from, valid_until, status, decision_id, "
				+ "issued_at, issued_by, status_changed_at) values ('" + UUID.randomUUID() + "', 'B-" + i + suffix + "', '"
				+ product + "', '" + producer + "', 'Sản phẩm " + i + "', 'Chủ thể', '" + commune + "', date '2019-01-01', "
				+ "'1048/QĐ-TTg', " + stars + ", " + stars + ", date '" + from + "', date '" + until + "', '"
				+ (until.isBefore(LocalDate.now()) ? "EXPIRED" : "VALID") + "', '" + decision + "', "
				+ "timestamp with time zone '" + from + " 08:00:00+07', 'bench', timestamp with time zone '" + from
				+ " 08:00:00+07');\n");
	}

	/** One of about 10,600 commune codes (63 provinces' worth), a tenth of them Hà Tĩnh's. */
	static String commune(Random random) {
		if (random.nextInt(10) == 0) {
			String[] haTinh = { "18322", "18313", "18139", "18133", "18073", "18316", "18340", "18217" };
			return haTinh[random.nextInt(haTinh.length)];
		}
		return String.valueOf(1 + random.nextInt(10_600) * 3);
	}

	static String instant(Random random) {
		LocalDate day = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(365));
		return "timestamp with time zone '" + day + " 09:00:00+07'";
	}
}
