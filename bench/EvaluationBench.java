import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #4 benchmark, against a running application with demo data (loopback only, bounded):
 * prepares 100 submitted products and a council of 9 scoring members, then measures
 * (1) the round trip of scorecard saves (PUT .../scorecard, the call a member's form makes on every pick) and
 * (2) closing the session of 100 products x 9 members.
 *
 *   java bench/EvaluationBench.java http://127.0.0.1:18083
 */
public class EvaluationBench {

	static final String[] CRITERIA = { "A1.1", "A1.2", "A1.3", "A1.4", "A1.5", "A1.6", "A2.1", "A2.2", "A2.3", "A3.1",
			"A3.2", "A3.3", "A3.4", "A3.5", "B1.1", "B1.2", "B1.3", "B2.1", "B2.2", "B2.3", "C1.1", "C1.2", "C1.3", "C1.4",
			"C1.5", "C2.1", "C3.1", "C4.1", "C4.2", "C5.1", "C6.1" };
	static final String PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static String base;

	public static void main(String[] args) throws Exception {
		base = args.length > 0 ? args[0] : "http://127.0.0.1:18083";
		long started = System.nanoTime();
		String run = Long.toString(System.currentTimeMillis() % 100000);

		List<String> members = new ArrayList<>(List.of("council1", "council2", "council3", "council4", "council5"));
		for (int i = 6; i <= 9; i++) {
			String name = "bench" + run + "m" + i;
			send("admin", "POST", "/api/v1/users", "{\"username\":\"" + name + "\",\"displayName\":\"Thành viên " + i
					+ "\",\"password\":\"ocop-demo\",\"roles\":[\"COUNCIL_MEMBER\"],\"unitCode\":\"42\"}", 201);
			members.add(name);
		}
		String producer = id(send("admin", "POST", "/api/v1/producers", "{\"name\":\"HTX Bench " + run
				+ "\",\"legalForm\":\"COOPERATIVE\",\"registrationNumber\":\"30" + String.format("%08d", Long.parseLong(run) * 10 + 7)
				+ "\",\"communeCode\":\"18322\"}", 201));
		List<String> products = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> jobs = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			int n = i;
			jobs.add(pool.submit(() -> {
				String product = id(send("admin", "POST", "/api/v1/products", "{\"name\":\"Sản phẩm thử " + run + "-" + n
						+ "\",\"producerId\":\"" + producer + "\",\"productSetCode\":\"1048-01\",\"communeCode\":\"18322\",\"cycleYear\":2019}", 201));
				send("admin", "POST", "/api/v1/products/" + product + "/selection", "{\"selected\":true}", 200);
				for (String type : new String[] { "REGISTRATION_FORM", "BUSINESS_PLAN", "ORGANISATION_DESCRIPTION", "BUSINESS_REGISTRATION" }) {
					upload(product, type);
				}
				send("admin", "POST", "/api/v1/products/" + product + "/submission", null, 200);
				products.add(product);
				return null;
			}));
		}
		for (Future<?> job : jobs) {
			job.get();
		}
		StringBuilder memberJson = new StringBuilder("[{\"username\":\"council1\",\"role\":\"CHAIR\"}");
		for (String m : members.subList(1, members.size())) {
			memberJson.append(",{\"username\":\"").append(m).append("\",\"role\":\"MEMBER\"}");
		}
		memberJson.append("]");
		String council = id(send("admin", "POST", "/api/v1/councils", "{\"level\":\"PROVINCE\",\"unitCode\":\"42\",\"year\":2019,"
				+ "\"name\":\"Hội đồng bench " + run + "\",\"members\":" + memberJson + "}", 201));
		String session = id(send("admin", "POST", "/api/v1/evaluations", "{\"councilId\":\"" + council + "\",\"productIds\":[\""
				+ String.join("\",\"", products) + "\"]}", 201));
		System.out.printf("prepared 100 submitted products, a council of 9 and a session in %.1f s%n", (System.nanoTime() - started) / 1e9);

		// every member scores every product: two partial saves as the form does, then the final save with submit
		List<Long> saves = Collections.synchronizedList(new ArrayList<>());
		jobs.clear();
		for (String member : members) {
			jobs.add(pool.submit(() -> {
				int k = 0;
				for (String product : products) {
					String path = "/api/v1/evaluations/" + session + "/products/" + product + "/scorecard";
					k++;
					saves.add(timed(member, path, "{\"selections\":{\"A1.1\":2}}"));
					saves.add(timed(member, path, "{\"selections\":{\"A1.2\":3,\"A1.3\":2}}"));
					StringBuilder all = new StringBuilder("{\"submit\":true,\"selections\":{");
					for (int c = 0; c < CRITERIA.length; c++) {
						all.append(c == 0 ? "" : ",").append("\"").append(CRITERIA[c]).append("\":").append((c + k) % 2 + 1);
					}
					all.append("}}");
					saves.add(timed(member, path, all.toString()));
				}
				return null;
			}));
		}
		for (Future<?> job : jobs) {
			job.get();
		}
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(saves);
		Collections.sort(sorted);
		System.out.printf("scorecard saves: %d requests, 9 members in parallel (4 at a time): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (goal: p95 < 50 ms)%n",
				sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));

		long t0 = System.nanoTime();
		send("council1", "POST", "/api/v1/evaluations/" + session + "/close", null, 200);
		System.out.printf("closing the session of 100 products x 9 members: %.0f ms (goal: < 2000 ms)%n", (System.nanoTime() - t0) / 1e6);
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

	static long timed(String user, String path, String body) throws Exception {
		long t = System.nanoTime();
		send(user, "PUT", path, body, 200);
		return System.nanoTime() - t;
	}

	static String send(String user, String method, String path, String body, int expected) throws Exception {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
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
