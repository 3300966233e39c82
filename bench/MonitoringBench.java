import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Issue #6 benchmark, against a running application whose H2 file database it can reach (AUTO_SERVER=TRUE):
 * writes a simulated province straight into the monitoring tables (2,000 producers in the programme, spread over the
 * communes of 2020, each with 60 months of reports), then measures over HTTP the province's month
 * (GET /api/v1/reports/province, every unit, sums, the late list and a 60-month trend) and the 5-year trend
 * (GET /api/v1/reports/trend), as the provincial office. Goal: both under 300 ms.
 *
 *   java -cp h2.jar bench/MonitoringBench.java http://127.0.0.1:18086 'jdbc:h2:file:/tmp/x/db;AUTO_SERVER=TRUE' [producers]
 */
public class MonitoringBench {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static final int MONTHS = 60;
	static final int RUNS = 30;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
			throw new IllegalArgumentException("loopback only");
		}
		String jdbc = args[1];
		int producers = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
		YearMonth last = YearMonth.now().minusMonths(1);
		YearMonth first = last.minusMonths(MONTHS - 1);
		long t0 = System.nanoTime();
		try (Connection db = DriverManager.getConnection(jdbc, "sa", "")) {
			db.setAutoCommit(false);
			List<String[]> communes = new ArrayList<>();
			try (PreparedStatement q = db.prepareStatement("select code, parent_code from geo_unit where level = 'COMMUNE' "
					+ "and valid_from <= ? and (valid_to is null or valid_to >= ?) order by code")) {
				q.setDate(1, Date.valueOf("2020-06-01"));
				q.setDate(2, Date.valueOf("2020-06-01"));
				try (ResultSet rs = q.executeQuery()) {
					while (rs.next()) {
						communes.add(new String[] { rs.getString(1), rs.getString(2) });
					}
				}
			}
			Random random = new Random(6);
			Timestamp now = Timestamp.from(Instant.now());
			try (PreparedStatement reporter = db.prepareStatement("insert into monitoring_reporter (producer_id, producer_name, "
					+ "commune_code, unit_date, joined_on, updated_at) values (?, ?, ?, ?, ?, ?)");
					PreparedStatement product = db.prepareStatement("insert into monitoring_roster_product (product_id, producer_id, "
							+ "status, changed_at) values (?, ?, 'CERTIFIED', ?)");
					PreparedStatement report = db.prepareStatement("insert into monitoring_producer_report (id, producer_id, "
							+ "producer_name, commune_code, unit_date, reporting_unit_code, period, version, is_current, "
							+ "production_volume, revenue_vnd, workers, sales_channels, late, submitted_at, submitted_by) "
							+ "values (?, ?, ?, ?, ?, ?, ?, 1, true, ?, ?, ?, 'DIRECT,ONLINE', false, ?, 'bench')")) {
				for (int i = 0; i < producers; i++) {
					UUID id = UUID.randomUUID();
					String[] commune = communes.get(i % communes.size());
					String name = "Bench producer " + i;
					reporter.setObject(1, id);
					reporter.setString(2, name);
					reporter.setString(3, commune[0]);
					reporter.setDate(4, Date.valueOf("2020-06-01"));
					reporter.setDate(5, Date.valueOf(first.atDay(1)));
					reporter.setTimestamp(6, now);
					reporter.addBatch();
					product.setObject(1, UUID.randomUUID());
					product.setObject(2, id);
					product.setTimestamp(3, now);
					product.addBatch();
					for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
						if (random.nextInt(20) == 0) {
							continue; // about one month in twenty not reported
						}
						report.setObject(1, UUID.randomUUID());
						report.setObject(2, id);
						report.setString(3, name);
						report.setString(4, commune[0]);
						report.setDate(5, Date.valueOf("2020-06-01"));
						report.setString(6, m.isBefore(YearMonth.of(2025, 7)) ? commune[1] : commune[0]);
						report.setDate(7, Date.valueOf(m.atDay(1)));
						report.setBigDecimal(8, java.math.BigDecimal.valueOf(100 + random.nextInt(5000)));
						report.setLong(9, 5_000_000L + random.nextInt(400) * 1_000_000L);
						report.setInt(10, 2 + random.nextInt(40));
						report.setTimestamp(11, now);
						report.addBatch();
					}
					reporter.executeBatch();
					product.executeBatch();
					report.executeBatch();
					if (i % 200 == 199) {
						db.commit();
					}
				}
				db.commit();
			}
		}
		System.out.printf("data: %d producers, %d months of reports (%s to %s), written in %d s%n", producers, MONTHS,
				first, last, (System.nanoTime() - t0) / 1_000_000_000);
		String auth = "Basic " + Base64.getEncoder().encodeToString("admin:ocop-demo".getBytes(StandardCharsets.UTF_8));
		String province = base + "/api/v1/reports/province?period=" + last + "&trendMonths=" + MONTHS;
		String trend = base + "/api/v1/reports/trend?from=" + first + "&to=" + last;
		for (int i = 0; i < 5; i++) {
			get(province, auth);
			get(trend, auth);
		}
		report("province month (units, sums, late list, 60-month trend)", province, auth);
		report("5-year trend", trend, auth);
	}

	static void report(String what, String url, String auth) throws Exception {
		List<Long> times = new ArrayList<>();
		int size = 0;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			size = get(url, auth).length();
			times.add((System.nanoTime() - start) / 1_000_000);
		}
		Collections.sort(times);
		System.out.printf("%-55s p50 %4d ms  p95 %4d ms  max %4d ms  (%d runs, %d kB)  goal < 300 ms%n", what,
				times.get(RUNS / 2), times.get((int) Math.ceil(RUNS * 0.95) - 1), times.get(RUNS - 1), RUNS, size / 1024);
	}

	static String get(String url, String auth) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
				.timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	static LocalDate unused() {
		return LocalDate.now();
	}
}
