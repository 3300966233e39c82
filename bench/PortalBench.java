import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator of the catalogue benchmark: a fixed list of public catalogue searches (with and without
 * diacritics, with typos, with facets and sorting) sent by {@code clients} concurrent anonymous clients until
 * {@code requests} answers, after a sequential warm-up; prints latency percentiles and throughput. Mode {@code api}
 * asks {@code /api/v1/public/products}, mode {@code page} the catalogue page's htmx fragment
 * ({@code /products?…} with {@code HX-Request}: search, facet counts and rendering). Loopback only.
 *
 * <pre>java bench/PortalBench.java http://127.0.0.1:18084 api|page [requests] [clients] [warmup]</pre>
 */
public class PortalBench {

	static final String[] QUERIES = { "q=nuoc mam", "q=nước mắm", "q=nươc mam", "q=keo cu do", "q=kẹo cu đơ",
			"q=buoi phuc trach", "q=mat ong&stars=4", "q=nuoc mma", "q=keo cu", "q=cam vu quang&sort=name",
			"stars=5", "group=G2", "unit=441", "q=che xanh&unit=439", "q=nhung huou", "q=tinh dau",
			"q=hop tac xa", "q=gao huu co&stars=3", "sort=newest", "q=muoi vinh ngoc&page=2" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String mode = args[1];
		int requests = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
		int clients = args.length > 3 ? Integer.parseInt(args[3]) : 50;
		int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 200;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		for (int i = 0; i < warmup; i++) {
			send(http, base, mode, i);
		}
		long[] latencies = new long[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					long t0 = System.nanoTime();
					try {
						if (send(http, base, mode, i) != 200) {
							failures.incrementAndGet();
						}
					}
					catch (Exception e) {
						failures.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - t0;
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		System.out.printf("RESULT %s requests=%d clients=%d failures=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms throughput=%.0f/s%n",
				mode, requests, clients, failures.get(), ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
				latencies[requests - 1] / 1e6, requests / seconds);
	}

	static int send(HttpClient http, String base, String mode, int i) throws Exception {
		String query = QUERIES[i % QUERIES.length];
		List<String> parts = new ArrayList<>();
		for (String pair : query.split("&")) {
			String[] kv = pair.split("=", 2);
			parts.add(kv[0] + "=" + URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
		}
		String path = ("api".equals(mode) ? "/api/v1/public/products?" : "/products?") + String.join("&", parts);
		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
				.header("Accept-Encoding", "identity");
		if (!"api".equals(mode)) {
			request.header("HX-Request", "true");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	static double ms(long[] sorted, double q) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
	}
}
