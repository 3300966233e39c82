package vn.ocop.portal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

import vn.ocop.shared.search.VietnameseAnalysis;

/**
 * The catalogue matcher alone, one thread, over a catalogue index of bench/portal.sh (DIR/index/v3/portal_catalogue):
 * the CPU time per search of the searches bench/portal-diverse.lua generates (kinds with and without diacritics,
 * producers, places, typos, star filters, pages 2–4), none repeated. Compares two builds of CatalogueMatcher and
 * CatalogueColumns in one JVM, batch by batch in turn, by the thread's CPU time: on a loaded machine the noise falls
 * on both alike.
 *   bench/matcher/run.sh JAR_A JAR_B DIR [searches] [batch]
 */
public final class MatcherBench implements java.util.function.ToLongFunction<List<Object[]>>, AutoCloseable {

	static final String[][] KINDS = { { "Nước mắm", "nuoc mam" }, { "Kẹo cu đơ", "keo cu do" },
			{ "Bưởi Phúc Trạch", "buoi phuc trach" }, { "Cam Vũ Quang", "cam vu quang" }, { "Mật ong", "mat ong" },
			{ "Chè xanh", "che xanh" }, { "Nhung hươu", "nhung huou" }, { "Mực khô", "muc kho" },
			{ "Gạo hữu cơ", "gao huu co" }, { "Tinh dầu bưởi", "tinh dau buoi" },
			{ "Cao dược liệu", "cao duoc lieu" }, { "Rượu nếp", "ruou nep" }, { "Bánh đa vừng", "banh da vung" },
			{ "Chả bò", "cha bo" }, { "Dầu lạc", "dau lac" }, { "Tương Nam Đàn", "tuong nam dan" },
			{ "Muối Vĩnh Ngọc", "muoi vinh ngoc" }, { "Nón lá", "non la" }, { "Mây tre đan", "may tre dan" },
			{ "Trà thảo mộc", "tra thao moc" } };
	static final String[][] ADJECTIVES = { { "truyền thống", "truyen thong" }, { "đặc biệt", "dac biet" },
			{ "thượng hạng", "thuong hang" }, { "hảo hạng", "hao hang" }, { "sạch", "sach" },
			{ "gia truyền", "gia truyen" }, { "xuất khẩu", "xuat khau" }, { "hữu cơ", "huu co" },
			{ "cao cấp", "cao cap" } };
	static final String[][] PRODUCERS = { { "Hợp tác xã", "hop tac xa" }, { "Công ty", "cong ty" },
			{ "Tổ hợp tác", "to hop tac" } };

	private final DirectoryReader reader;
	private final CatalogueMatcher matcher;

	/** Opens the catalogue index of a bench directory (DIR/index/v3/portal_catalogue) and reads its columns. */
	public MatcherBench(Path dir) throws java.io.IOException {
		this.reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index/v3/portal_catalogue")));
		this.matcher = new CatalogueMatcher(reader, CatalogueColumns.read(reader), VietnameseAnalysis.vietnamese(),
				VietnameseAnalysis.vietnameseExact());
	}

	/** Searches each query ({@code q, stars, sort, page}) as the catalogue does; a check sum of what was found. */
	@Override
	public long applyAsLong(List<Object[]> queries) {
		long check = 0;
		for (Object[] q : queries) {
			var query = new CatalogueQuery((String) q[0], (Integer) q[1], null, null, null, (String) q[2], (Integer) q[3],
					CatalogueQuery.DEFAULT_SIZE);
			List<String> words = CatalogueSearch.words(query.q());
			var found = matcher.search(query, words, false, false, Set.of());
			if (found.total() == 0 && words.stream().anyMatch(w -> w.length() >= CatalogueSearch.FUZZY_MIN)) {
				found = matcher.search(query, words, false, true, Set.of());
			}
			check = check * 31 + found.total() * 31 + found.ids().hashCode();
		}
		return check;
	}

	@Override
	public void close() throws java.io.IOException {
		reader.close();
	}

	/**
	 * Two builds in one JVM, each in a class loader of its own over its application classes (the libraries shared),
	 * searching the same batches in turn, so that the machine's noise falls on both alike: args DIR CLASSES_A
	 * CLASSES_B [searches] [batch], and the libraries' directory in the system property bench.lib.
	 */
	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int count = args.length > 3 ? Integer.parseInt(args[3]) : 20000;
		int batch = args.length > 4 ? Integer.parseInt(args[4]) : 250;
		List<Object[]> all = queries(dir, count);
		var bench = MatcherBench.class.getProtectionDomain().getCodeSource().getLocation();
		List<java.net.URL> libraries = new ArrayList<>();
		try (var jars = Files.list(Path.of(System.getProperty("bench.lib")))) {
			for (Path jar : jars.sorted().toList()) {
				libraries.add(jar.toUri().toURL());
			}
		}
		String[] names = { "A", "B" };
		@SuppressWarnings("unchecked")
		java.util.function.ToLongFunction<List<Object[]>>[] runners = new java.util.function.ToLongFunction[2];
		for (int i = 0; i < 2; i++) {
			List<java.net.URL> urls = new ArrayList<>(List.of(Path.of(args[1 + i]).toUri().toURL(), bench));
			urls.addAll(libraries);
			var loader = new java.net.URLClassLoader(urls.toArray(java.net.URL[]::new),
					ClassLoader.getPlatformClassLoader());
			runners[i] = (java.util.function.ToLongFunction<List<Object[]>>) loader.loadClass(MatcherBench.class.getName())
					.getConstructor(Path.class).newInstance(dir);
		}
		var cpu = ManagementFactory.getThreadMXBean();
		long[] spent = new long[2];
		long[] checks = new long[2];
		int measured = 0;
		for (int from = 0; from + batch <= all.size(); from += batch) {
			List<Object[]> part = all.subList(from, from + batch);
			boolean warm = from >= all.size() / 4; // the first quarter warms both up
			for (int k = 0; k < 2; k++) {
				int i = (from / batch + k) % 2; // A first, then B first: neither always follows the other
				long t = cpu.getCurrentThreadCpuTime();
				checks[i] = checks[i] * 17 + runners[i].applyAsLong(part);
				if (warm) {
					spent[i] += cpu.getCurrentThreadCpuTime() - t;
				}
			}
			if (warm) {
				measured += batch;
			}
		}
		for (int i = 0; i < 2; i++) {
			System.out.printf("%s: %.1f µs CPU per search (%d searches)%n", names[i], spent[i] / 1000.0 / measured, measured);
		}
		System.out.printf("B/A: %.3f; same results: %s%n", (double) spent[1] / spent[0], checks[0] == checks[1]);
	}

	/** The searches, none repeated, as bench/portal-diverse.lua makes them ({@code q, stars, sort, page}). */
	static List<Object[]> queries(Path dir, int count) throws java.io.IOException {
		List<String[]> places = new ArrayList<>();
		for (String line : Files.readAllLines(dir.resolve("places.txt"))) {
			String[] p = line.split("\\|");
			places.add(p.length == 2 ? p : new String[] { line, line });
		}
		Random random = new Random(1);
		Set<List<Object>> seen = new LinkedHashSet<>();
		while (seen.size() < count) {
			seen.add(java.util.Arrays.asList(query(random, places)));
		}
		return seen.stream().map(List::toArray).toList();
	}

	static Object[] query(Random random, List<String[]> places) {
		List<String[]> parts = new ArrayList<>();
		int shape = random.nextInt(100) + 1;
		String[] kind = KINDS[random.nextInt(KINDS.length)];
		if (shape <= 12) {
			parts.add(places.get(random.nextInt(places.size())));
		}
		else if (shape <= 20) {
			String[] p = PRODUCERS[random.nextInt(PRODUCERS.length)];
			parts.add(new String[] { p[0] + " " + kind[0], p[1] + " " + kind[1] });
		}
		else {
			String[] words = kind[0].split(" ");
			String[] plain = kind[1].split(" ");
			parts.add(words.length > 2 && random.nextDouble() < 0.3
					? new String[] { words[0] + " " + words[1], plain[0] + " " + plain[1] } : kind);
			if (random.nextDouble() < 0.3) {
				parts.add(ADJECTIVES[random.nextInt(ADJECTIVES.length)]);
			}
			if (random.nextDouble() < 0.3) {
				parts.add(places.get(random.nextInt(places.size())));
			}
		}
		int accents = random.nextDouble() < 0.5 ? 0 : 1;
		StringBuilder text = new StringBuilder();
		for (String[] p : parts) {
			text.append(text.isEmpty() ? "" : " ").append(p[accents]);
		}
		String q = text.toString();
		if (random.nextDouble() < 0.3) {
			StringBuilder plain = new StringBuilder();
			for (String[] p : parts) {
				plain.append(plain.isEmpty() ? "" : " ").append(p[1]);
			}
			q = typo(random, plain.toString().split(" "));
		}
		if (random.nextDouble() < 0.5) {
			q = q.toLowerCase();
		}
		Integer stars = random.nextDouble() < 0.2 ? 3 + random.nextInt(3) : null;
		String sort = random.nextDouble() < 0.1 ? new String[] { "name", "newest", "stars" }[random.nextInt(3)] : null;
		int page = random.nextDouble() < 0.3 ? 2 + random.nextInt(3) : 1;
		return new Object[] { q, stars, sort, page };
	}

	static String typo(Random random, String[] words) {
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			if (words[i].length() >= 3) {
				candidates.add(i);
			}
		}
		if (!candidates.isEmpty()) {
			int i = candidates.get(random.nextInt(candidates.size()));
			String w = words[i];
			int p = 1 + random.nextInt(w.length() - 1); // 0-based position 1..len-1
			words[i] = switch (random.nextInt(4)) {
				case 0 -> w.substring(0, p) + w.substring(p + 1);
				case 1 -> w.substring(0, p + 1) + w.charAt(p) + w.substring(p + 1);
				case 2 -> w.substring(0, p) + (char) ('a' + random.nextInt(26)) + w.substring(p + 1);
				default -> w.substring(0, p - 1) + w.charAt(p) + w.charAt(p - 1) + w.substring(p + 1);
			};
		}
		return String.join(" ", words);
	}
}
