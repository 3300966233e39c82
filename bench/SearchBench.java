import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of the search benchmark: a fixed list of back-office searches (Vietnamese words with and
 * without diacritics, alone and with filters; four in five over products, one in five over producers), sent by
 * {@code clients} concurrent clients until {@code requests} requests are answered, after a sequential warm-up.
 * Prints the latency percentiles and the throughput. Loopback only; every loop is bounded.
 *
 * <pre>java bench/SearchBench.java http://127.0.0.1:18082 basic|session [requests] [clients] [warmup]</pre>
 *
 * {@code basic}: the JSON API ({@code /api/v1/products?q=…}, 25 per page) with HTTP Basic on every request, as API
 * clients call it; the identity module remembers a verified password for a few minutes, so bcrypt is paid once.
 * {@code session}: the list pages' result fragments ({@code /registry/products?q=…} with {@code HX-Request}, what
 * the search box fetches) in one signed-in session (form login with the CSRF token of the login page): the same
 * searches plus the pages' own rendering.
 */
public class SearchBench {

	static final String USER = "admin";
	static final String PASSWORD = "ocop-demo";

	/** Product searches: the query string after "?" (unencoded values). */
	static final List<String[]> PRODUCT_QUERIES = List.of(
			q("q", "nuoc mam"), q("q", "Nước mắm Kỳ Ninh"), q("q", "keo cu do"), q("q", "kẹo cu đơ"), q("q", "mat ong"),
			q("q", "mật ong rừng sơn hồng"), q("q", "cam"), q("q", "bưởi"), q("q", "buoi huong long"), q("q", "nhung huou"),
			q("q", "che xanh"), q("q", "chè"), q("q", "gạo"), q("q", "gao huu co"), q("q", "banh da vung"),
			q("q", "bánh đa"), q("q", "tinh dau"), q("q", "rượu nếp"), q("q", "nam huong xuan"), q("q", "cam bu dac san 123"),
			q("q", "son"), q("q", "đức"), q("q", "duc"), q("q", "san pham chu luc"), q("q", "hop tac xa mat ong"),
			q("q", "cong ty"), q("q", "tinh dau buoi thach"), q("q", "nuoc m"), q("q", "ke"), q("q", "vietgap"),
			q("q", "mat ong", "status", "IDEA_REGISTERED"), q("q", "cam", "unitCode", "441"),
			q("q", "nuoc mam", "cycleYear", "2019"), q("q", "gạo", "unitCode", "436"),
			q("q", "keo", "status", "SUBMITTED"), q("q", "che", "productSetCode", "1048-12"),
			q("q", "huu co", "unitCode", "439", "status", "IDEA_REGISTERED"), q("q", "dac san", "page", "3"),
			q("q", "mật ong", "page", "10"), q("q", "bưởi", "cycleYear", "2019", "unitCode", "444"));

	/** Producer searches. */
	static final List<String[]> PRODUCER_QUERIES = List.of(
			q("q", "hop tac xa cam"), q("q", "Hợp tác xã Mật ong"), q("q", "to hop tac che"), q("q", "cong ty nuoc mam"),
			q("q", "nguyen van hung"), q("q", "3200000123"), q("q", "co so keo cu do"), q("q", "Đặng Thị"),
			q("q", "hop tac xa", "legalForm", "COOPERATIVE"), q("q", "ruou", "unitCode", "441"));

	record Target(String label, String path) {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:18082";
		String mode = args.length > 1 ? args[1] : "basic";
		int requests = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
		int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 200;
		if (!URI.create(base).getHost().matches("127\\.0\\.0\\.1|localhost")) {
			throw new IllegalArgumentException("loopback only: " + base);
		}
		boolean session = mode.equals("session");
		var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(5)).build();
		if (session) {
			login(http, base);
		}
		List<Target> targets = targets(session);
		String authorization = "Basic " + Base64.getEncoder()
				.encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

		// warm-up, sequential; the first pass over the list also shows what each search finds
		List<String> found = new ArrayList<>();
		for (int i = 0; i < Math.max(warmup, targets.size()); i++) {
			Target target = targets.get(i % targets.size());
			HttpResponse<String> response = send(http, base, target, session, authorization);
			if (response.statusCode() != 200) {
				throw new IllegalStateException(target.path() + " answered " + response.statusCode() + ": "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
			if (i < targets.size()) {
				found.add(String.format("  %-9s %-75s %s", target.label(), decode(target.path()), hits(response.body(), session)));
			}
		}
		if (!session) {
			System.out.println("what the searches find (total hits):");
			found.forEach(System.out::println);
		}

		long[] latencies = new long[requests];
		var next = new AtomicInteger();
		var errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					Target target = targets.get((i * 7 + 3) % targets.size());
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> response = send(http, base, target, session, authorization);
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					catch (IOException | InterruptedException e) {
						errors.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - t0;
				}
				return null;
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
			pool.shutdownNow();
			throw new IllegalStateException("the load did not finish in 30 minutes");
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		System.out.printf("%s: %d requests, %d clients, %d errors in %.1f s: %.0f requests/s; latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f, mean %.1f%n",
				session ? "session (page fragments)" : "basic (JSON API)", requests,
				clients, errors.get(), seconds, requests / seconds, ms(percentile(latencies, 0.50)),
				ms(percentile(latencies, 0.95)), ms(percentile(latencies, 0.99)), ms(latencies[latencies.length - 1]),
				ms((long) Arrays.stream(latencies).average().orElse(0)));
		System.out.printf("RESULT %s p50=%.1f p95=%.1f p99=%.1f rps=%.0f errors=%d%n", mode, ms(percentile(latencies, 0.50)),
				ms(percentile(latencies, 0.95)), ms(percentile(latencies, 0.99)), requests / seconds, errors.get());
		if (errors.get() > 0) {
			System.exit(1);
		}
	}

	static List<Target> targets(boolean session) {
		List<Target> targets = new ArrayList<>();
		// four product searches, then one producer search
		int producer = 0;
		for (int i = 0; i < PRODUCT_QUERIES.size(); i++) {
			targets.add(new Target("products", (session ? "/registry/products?" : "/api/v1/products?size=25&")
					+ query(PRODUCT_QUERIES.get(i))));
			if (i % 4 == 3) {
				targets.add(new Target("producers", (session ? "/registry/producers?" : "/api/v1/producers?size=25&")
						+ query(PRODUCER_QUERIES.get(producer++ % PRODUCER_QUERIES.size()))));
			}
		}
		return targets;
	}

	static HttpResponse<String> send(HttpClient http, String base, Target target, boolean session, String authorization)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(base + target.path())).timeout(Duration.ofSeconds(30)).GET();
		if (session) {
			request.header("HX-Request", "true");
		}
		else {
			request.header("Authorization", authorization).header("Accept", "application/json");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Form login with the CSRF token of the login page; the session cookie stays in the client's cookie store. */
	static void login(HttpClient http, String base) throws IOException, InterruptedException {
		var page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + enc(USER) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login failed: " + response.statusCode() + " " + location);
		}
	}

	static String hits(String body, boolean session) {
		Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(body);
		return !session && total.find() ? total.group(1) : "";
	}

	static String[] q(String... pairs) {
		return pairs;
	}

	static String query(String[] pairs) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			parts.add(pairs[i] + "=" + enc(pairs[i + 1]));
		}
		return String.join("&", parts);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String decode(String value) {
		return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	static long percentile(long[] sorted, double p) {
		return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}
}
