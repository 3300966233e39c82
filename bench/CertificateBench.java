import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #5 benchmark, against a running application with demo data (loopback only, bounded in requests and time):
 * takes N products through the real flow to RATED 3★ (submitted, a provincial council of 5 all scoring 62, closed),
 * issues their certificates in bulk under one decision, then measures
 * (1) certificate PDF generation: one client downloading distinct certificates one after the other (so every PDF is
 *     rendered, none comes from the cache), after a warm-up on other certificates; PDFs per second and per CPU
 *     second of the server process (read from /proc), and
 * (2) the public verification page: 50 concurrent clients, GET /verify/{code} (HTML) and the JSON variant.
 * Between setup and measuring it prints "PIN", and waits for a line on standard input, so that the calling script
 * can pin the server to one core.
 *
 *   java bench/CertificateBench.java http://127.0.0.1:18085 SERVER_PID [products]
 */
public class CertificateBench {

	/** A member's scorecard for 1048-01 totalling 62 points (3★), as in the evaluation tests. */
	static final String PICKS_62 = "{\"A1.1\":3,\"A1.2\":2,\"A1.3\":3,\"A1.4\":2,\"A1.5\":3,\"A1.6\":1,\"A2.1\":3,\"A2.2\":3,"
			+ "\"A2.3\":2,\"A3.1\":3,\"A3.2\":2,\"A3.3\":2,\"A3.4\":2,\"A3.5\":2,\"B1.1\":2,\"B1.2\":3,\"B1.3\":3,\"B2.1\":4,"
			+ "\"B2.2\":3,\"B2.3\":2,\"C1.1\":3,\"C1.2\":4,\"C1.3\":4,\"C1.4\":3,\"C1.5\":2,\"C2.1\":2,\"C3.1\":3,\"C4.1\":3,"
			+ "\"C4.2\":3,\"C5.1\":3,\"C6.1\":1}";
	static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };
	static final String PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
	static final int WARM_UP_PDFS = 30;
	static final int CLIENTS = 50;
	static final int REQUESTS_PER_CLIENT = 200;
	static final Duration TIME_LIMIT = Duration.ofSeconds(90);
	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	static String base;
	static long serverPid;

	public static void main(String[] args) throws Exception {
		base = args.length > 0 ? args[0] : "http://127.0.0.1:18085";
		if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
			throw new IllegalArgumentException("loopback only");
		}
		serverPid = args.length > 1 ? Long.parseLong(args[1]) : -1;
		int count = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		if (count < WARM_UP_PDFS + 20 || count > 500) {
			throw new IllegalArgumentException("products: between " + (WARM_UP_PDFS + 20) + " and 500");
		}
		long started = System.nanoTime();
		String run = Long.toString(System.currentTimeMillis() % 100000);

		// setup: N products rated 3★ through a council session, certified under one decision
		String producer = id(send("admin", "POST", "/api/v1/producers", "{\"name\":\"Hợp tác xã Đức Lĩnh " + run
				+ "\",\"legalForm\":\"COOPERATIVE\",\"registrationNumber\":\"31" + String.format("%08d", Long.parseLong(run) * 10 + 3)
				+ "\",\"communeCode\":\"18322\"}", 201));
		List<String> products = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> jobs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			jobs.add(pool.submit(() -> {
				String product = id(send("admin", "POST", "/api/v1/products", "{\"name\":\"Cam bù Hương Sơn " + run + "-" + n
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
		await(jobs);
		StringBuilder memberJson = new StringBuilder();
		for (int i = 0; i < MEMBERS.length; i++) {
			memberJson.append(i == 0 ? "" : ",").append("{\"username\":\"").append(MEMBERS[i]).append("\",\"role\":\"")
					.append(i == 0 ? "CHAIR" : "MEMBER").append("\"}");
		}
		String council = id(send("admin", "POST", "/api/v1/councils", "{\"level\":\"PROVINCE\",\"unitCode\":\"42\",\"year\":2019,"
				+ "\"name\":\"Hội đồng bench " + run + "\",\"members\":[" + memberJson + "]}", 201));
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
		long t = System.nanoTime();
		String issued = send("admin", "POST", "/api/v1/certificates/bulk", "{\"decisionNumber\":\"" + run + "/QĐ-UBND\","
				+ "\"decisionDate\":\"" + LocalDate.now() + "\",\"signer\":\"Đặng Ngọc Sơn\",\"productIds\":[\""
				+ String.join("\",\"", products) + "\"]}", 201);
		double bulkMs = (System.nanoTime() - t) / 1e6;
		List<String> codes = new ArrayList<>();
		Matcher m = Pattern.compile("\"code\"\\s*:\\s*\"([0-9A-Z-]+)\"").matcher(issued);
		while (m.find()) {
			codes.add(m.group(1));
		}
		if (codes.size() != count) {
			throw new IllegalStateException("issued " + codes.size() + " of " + count);
		}
		System.out.printf("setup: %d products rated 3★ by a council of 5 and certified in %.1f s (bulk issue of %d: %.0f ms)%n",
				count, (System.nanoTime() - started) / 1e9, count, bulkMs);

		// the calling script pins the server to one core now
		System.out.println("PIN");
		System.out.flush();
		new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();

		// (1) PDFs: signed in once (form login, session cookie), so that each request costs the PDF and not a BCrypt check
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5)).build();
		login(browser, "admin");
		for (String code : codes.subList(0, WARM_UP_PDFS)) {
			pdf(browser, code);
		}
		List<String> measured = codes.subList(WARM_UP_PDFS, codes.size());
		double cpu0 = cpuSeconds();
		long p0 = System.nanoTime();
		long bytes = 0;
		for (String code : measured) {
			bytes += pdf(browser, code);
		}
		double seconds = (System.nanoTime() - p0) / 1e9;
		double cpu = cpuSeconds() - cpu0;
		System.out.printf("certificate PDFs (rendered, not cached): %d in %.2f s = %.1f PDFs/s; server CPU %.2f s = %.1f PDFs per CPU second; "
				+ "%.0f KB each (goal: >= 20 PDFs/s on one core)%n", measured.size(), seconds, measured.size() / seconds, cpu,
				cpu > 0 ? measured.size() / cpu : Double.NaN, bytes / 1024.0 / measured.size());
		List<String> cached = measured.subList(measured.size() - Math.min(measured.size(), 40), measured.size());
		p0 = System.nanoTime();
		for (String code : cached) {
			pdf(browser, code);
		}
		seconds = (System.nanoTime() - p0) / 1e9;
		System.out.printf("certificate PDFs again (the last %d, served from the cache): %.0f PDFs/s%n", cached.size(),
				cached.size() / seconds);
		if (System.getenv("BENCH_SAMPLES") != null) {
			Path dir = Path.of(System.getenv("BENCH_SAMPLES"));
			Files.createDirectories(dir);
			Files.write(dir.resolve("certificate.pdf"), get(browser, "/certification/" + codes.get(0) + "/pdf"));
			Files.write(dir.resolve("label.png"), get(browser, "/certification/" + codes.get(0) + "/label.png"));
			Files.write(dir.resolve("label.svg"), get(browser, "/certification/" + codes.get(0) + "/label.svg"));
			Files.write(dir.resolve("verify.html"), get(browser, "/verify/" + codes.get(0)));
		}

		// (2) the public verification page at 50 concurrent clients: closed loop (each client sends its next request as
		// soon as the answer arrives: the server's saturation), then paced (each client waits 100 ms between scans)
		verification(codes, "text/html", 1000, 0);
		verification(codes, "text/html", CLIENTS * REQUESTS_PER_CLIENT, 0);
		verification(codes, "application/json", CLIENTS * REQUESTS_PER_CLIENT / 2, 0);
		verification(codes, "text/html", CLIENTS * REQUESTS_PER_CLIENT / 2, 100);
	}

	static void verification(List<String> codes, String accept, int total, int thinkMillis) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> jobs = new ArrayList<>();
		double cpu0 = cpuSeconds();
		long t0 = System.nanoTime();
		for (int c = 0; c < CLIENTS; c++) {
			jobs.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
					if (thinkMillis > 0) {
						Thread.sleep(thinkMillis);
					}
					var request = HttpRequest.newBuilder(URI.create(base + "/verify/" + codes.get(i % codes.size())))
							.header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
					long t = System.nanoTime();
					var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
					latencies.add(System.nanoTime() - t);
					if (response.statusCode() != 200) {
						errors.incrementAndGet();
					}
				}
				return null;
			}));
		}
		await(jobs);
		pool.shutdown();
		double seconds = (System.nanoTime() - t0) / 1e9;
		double cpu = cpuSeconds() - cpu0;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		if (total <= 1000) {
			System.out.printf("verification warm-up: %d requests%n", sorted.size());
			return;
		}
		System.out.printf("verification %s, %d concurrent clients, %s: %d requests in %.1f s = %.0f req/s; p50 %.1f ms, p95 %.1f ms, "
				+ "p99 %.1f ms, max %.1f ms; server CPU %.2f ms per request; %d non-200 (goal: p95 < 30 ms)%n", accept, CLIENTS,
				thinkMillis > 0 ? thinkMillis + " ms between a client's requests" : "closed loop", sorted.size(), seconds,
				sorted.size() / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6,
				cpu * 1000 / sorted.size(), errors.get());
	}

	static void login(HttpClient browser, String user) throws Exception {
		var page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + user + "&password=ocop-demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var response = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.headers().map());
		}
	}

	static int pdf(HttpClient browser, String code) throws Exception {
		byte[] body = get(browser, "/certification/" + code + "/pdf");
		if (body.length < 1000 || body[0] != '%' || body[1] != 'P') {
			throw new IllegalStateException("not a PDF for " + code);
		}
		return body.length;
	}

	static byte[] get(HttpClient client, String path) throws Exception {
		var response = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " → " + response.statusCode());
		}
		return response.body();
	}

	/** User + system CPU time of the server process, from /proc (Linux); NaN elsewhere. */
	static double cpuSeconds() {
		if (serverPid <= 0) {
			return Double.NaN;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (Exception e) {
			return Double.NaN;
		}
	}

	static void await(List<Future<?>> jobs) throws Exception {
		for (Future<?> job : jobs) {
			job.get();
		}
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
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
