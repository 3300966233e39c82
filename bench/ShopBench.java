import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #9 benchmark, against a running application with demo data (loopback only, bounded in requests and time):
 * takes N products through the real flow to a certificate (4 producers, a council of 5 scoring 62, one decision),
 * lists each with a large stock, and prints the listings' ids and a commune for the measurements (bench/shop.lua,
 * run by bench/shop.sh with wrk).
 *
 *   java bench/ShopBench.java http://127.0.0.1:18089 [products]
 */
public class ShopBench {

	static final String PICKS_62 = "{\"A1.1\":3,\"A1.2\":2,\"A1.3\":3,\"A1.4\":2,\"A1.5\":3,\"A1.6\":1,\"A2.1\":3,\"A2.2\":3,"
			+ "\"A2.3\":2,\"A3.1\":3,\"A3.2\":2,\"A3.3\":2,\"A3.4\":2,\"A3.5\":2,\"B1.1\":2,\"B1.2\":3,\"B1.3\":3,\"B2.1\":4,"
			+ "\"B2.2\":3,\"B2.3\":2,\"C1.1\":3,\"C1.2\":4,\"C1.3\":4,\"C1.4\":3,\"C1.5\":2,\"C2.1\":2,\"C3.1\":3,\"C4.1\":3,"
			+ "\"C4.2\":3,\"C5.1\":3,\"C6.1\":1}";
	static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };
	static final String PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static String base;

	public static void main(String[] args) throws Exception {
		base = args.length > 0 ? args[0] : "http://127.0.0.1:18089";
		if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
			throw new IllegalArgumentException("loopback only");
		}
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		String run = String.valueOf(System.currentTimeMillis() % 100_000);
		long started = System.nanoTime();
		List<String> producers = new ArrayList<>();
		for (int p = 0; p < 4; p++) {
			producers.add(id(send("admin", "POST", "/api/v1/producers", "{\"name\":\"HTX bench " + run + "-" + p
					+ "\",\"legalForm\":\"COOPERATIVE\",\"registrationNumber\":\"32" + String.format("%08d", Long.parseLong(run) * 10 + p)
					+ "\",\"communeCode\":\"18322\"}", 201)));
		}
		List<String> products = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> jobs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			jobs.add(pool.submit(() -> {
				String product = id(send("admin", "POST", "/api/v1/products", "{\"name\":\"Đặc sản Hà Tĩnh " + run + "-" + n
						+ "\",\"producerId\":\"" + producers.get(n % 4) + "\",\"productSetCode\":\"1048-01\",\"communeCode\":\"18322\",\"cycleYear\":2019}", 201));
				send("admin", "POST", "/api/v1/products/" + product + "/selection", "{\"selected\":true}", 200);
				for (String type : new String[] { "REGISTRATION_FORM", "BUSINESS_PLAN", "ORGANISATION_DESCRIPTION", "BUSINESS_REGISTRATION" }) {
					upload(product, type);
				}
				send("admin", "POST", "/api/v1/products/" + product + "/submission", null, 200);
				products.add(product);
				return null;
			}));
		}
		await(jobs);
		StringBuilder memberJson = new StringBuilder();
		for (int i = 0; i < MEMBERS.length; i++) {
			memberJson.append(i == 0 ? "" : ",").append("{\"username\":\"").append(MEMBERS[i]).append("\",\"role\":\"")
					.append(i == 0 ? "CHAIR" : "MEMBER").append("\"}");
		}
		String council = id(send("admin", "POST", "/api/v1/councils", "{\"level\":\"PROVINCE\",\"unitCode\":\"42\",\"year\":2019,"
				+ "\"name\":\"Hội đồng shop bench " + run + "\",\"members\":[" + memberJson + "]}", 201));
		String session = id(send("admin", "POST", "/api/v1/evaluations", "{\"councilId\":\"" + council + "\",\"productIds\":[\""
				+ String.join("\",\"", products) + "\"]}", 201));
		jobs.clear();
		for (String member : MEMBERS) {
			jobs.add(pool.submit(() -> {
				for (String product : products) {
					send(member, "PUT", "/api/v1/evaluations/" + session + "/products/" + product + "/scorecard",
							"{\"submit\":true,\"selections\":" + PICKS_62 + "}", 200);
				}
				return null;
			}));
		}
		await(jobs);
		pool.shutdown();
		send("council1", "POST", "/api/v1/evaluations/" + session + "/close", null, 200);
		send("admin", "POST", "/api/v1/certificates/bulk", "{\"decisionNumber\":\"SB-" + run + "/QĐ-UBND\","
				+ "\"decisionDate\":\"" + LocalDate.now() + "\",\"signer\":\"Đặng Ngọc Sơn\",\"productIds\":[\""
				+ String.join("\",\"", products) + "\"]}", 201);
		List<String> listings = new ArrayList<>();
		for (String product : products) {
			listings.add(id(send("admin", "POST", "/api/v1/shop/listings", "{\"productId\":\"" + product
					+ "\",\"title\":\"Sản phẩm OCOP " + product.substring(0, 8) + "\",\"unit\":\"hộp\",\"priceVnd\":"
					+ (50_000 + ThreadLocalRandom.current().nextInt(20) * 5_000) + ",\"stock\":1000000}", 201)));
		}
		String commune = firstCommune();
		System.out.printf("setup: %d products certified and listed in %.1f s%n", count, (System.nanoTime() - started) / 1e9);

		// the measurements are wrk's (bench/shop.lua): these lines are read by bench/shop.sh
		System.out.println("LISTINGS " + String.join(",", listings));
		System.out.println("COMMUNE " + commune);
	}

	static String firstCommune() throws Exception {
		String html = get("/shop/communes?provinceCode=42");
		Matcher m = Pattern.compile("value=\"(\\d+)\"").matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no commune");
		}
		return m.group(1);
	}

	static String get(String path) throws Exception {
		var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " → " + response.statusCode());
		}
		return response.body();
	}

	static void await(List<Future<?>> jobs) throws Exception {
		for (Future<?> job : jobs) {
			job.get();
		}
	}

	static String send(String user, String method, String path, String body, int expected) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":ocop-demo").getBytes(StandardCharsets.UTF_8)))
				.header("Accept", "application/json");
		if (body == null) {
			builder.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	static void upload(String product, String type) throws Exception {
		String boundary = "----ocop" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + type + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
				+ PDF + "\r\n--" + boundary + "--\r\n";
		var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/products/" + product + "/documents"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:ocop-demo".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
		var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("upload → " + response.statusCode() + ": " + response.body());
		}
	}

	static String id(String json) {
		Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no id in " + json);
		}
		return m.group(1);
	}
}
