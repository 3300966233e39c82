import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Times the KPI dashboard over HTTP (bench/kpis.sh): GET /api/v1/kpis?year=2019 (every indicator computed from the
 * records), one indicator's drill-down, and the dashboard page's data, sequentially after a warm-up; prints p50,
 * p95 and max per request kind.
 *
 * With the server's process id it also prints the server's CPU time per request (from /proc), which does not depend
 * on what else the machine runs.
 *
 *   java bench/KpiBench.java http://127.0.0.1:18097 [requests] [server pid]
 */
public class KpiBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		String pid = args.length > 2 ? args[2] : null;
		var client = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder().encodeToString("admin:ocop-demo".getBytes(StandardCharsets.UTF_8));
		String first = get(client, base + "/api/v1/kpis?year=2019", auth);
		System.out.println("dashboard: " + first.length() + " bytes; PRODUCTS_TAKING_PART = "
				+ first.replaceAll("(?s).*?\\{\"code\":\"PRODUCTS_TAKING_PART\"[^}]*\"actual\":([0-9.]+).*", "$1"));
		for (String path : List.of("/api/v1/kpis?year=2019", "/api/v1/kpis/PRODUCTS_CERTIFIED?year=2019",
				"/api/v1/kpis/ORGANISATIONS_STRENGTHENED?year=2019")) {
			for (int i = 0; i < 20; i++) {
				get(client, base + path, auth);
			}
			List<Double> times = new ArrayList<>();
			long cpuBefore = cpuMillis(pid);
			for (int i = 0; i < requests; i++) {
				long start = System.nanoTime();
				get(client, base + path, auth);
				times.add((System.nanoTime() - start) / 1e6);
			}
			long cpu = cpuMillis(pid) - cpuBefore;
			Collections.sort(times);
			System.out.printf("%-52s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%s%n", path, requests,
					times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1),
					pid == null ? "" : String.format(" server CPU %.1f ms/request", (double) cpu / requests));
		}
	}

	/** User plus system CPU time of a process in ms (Linux /proc, 100 ticks per second); 0 without a pid. */
	static long cpuMillis(String pid) throws Exception {
		if (pid == null) {
			return 0;
		}
		String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
	}

	static String get(HttpClient client, String url, String auth) throws Exception {
		var response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}
}
