package vn.ocop.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.ocop.shared.ImportProblems;

/**
 * Loads the bundled administrative units of Hà Tĩnh (reference data, in every environment) on start: each
 * snapshot not yet recorded, then the July 2025 mapping. Runs before every other runner, since demo data and
 * accounts refer to units. Idempotent: a second start only asks whether each snapshot is recorded. See
 * {@code src/main/resources/geo/README.md} for the files and why the first one starts on 1 January 2019.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeographySeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeographySeed.class);

	/** A bundled snapshot of one province. */
	record BundledSnapshot(String resource, String provinceCode, LocalDate validFrom, String source) {
	}

	static final List<BundledSnapshot> SNAPSHOTS = List.of(
			new BundledSnapshot("geo/hatinh-units-2020-2024.csv", "42", LocalDate.of(2019, 1, 1),
					"GSO, danh mục 2020–2024 (áp dụng cả cho năm 2019)"),
			new BundledSnapshot("geo/hatinh-units-2025-01-to-06.csv", "42", LocalDate.of(2025, 1, 1),
					"GSO, danh mục 01–06/2025"),
			new BundledSnapshot("geo/hatinh-units-from-2025-07.csv", "42", LocalDate.of(2025, 7, 1),
					"GSO 1027/CTK-CSCL; Nghị quyết 1665/NQ-UBTVQH15"));

	static final String MAPPING = "geo/hatinh-units-2025-07-mapping.csv";
	static final LocalDate MAPPING_FROM = LocalDate.of(2025, 7, 1);

	/**
	 * The whole country from 1 July 2025 (34 provinces, 3,321 communes; GSO), for what reaches beyond the province:
	 * a buyer's address anywhere in Việt Nam. Hà Tĩnh's own rows come from its files above, with their history.
	 */
	static final BundledSnapshot COUNTRY = new BundledSnapshot("geo/vn-units-from-2025-07.csv", "01",
			LocalDate.of(2025, 7, 1), "GSO, danh mục đơn vị hành chính cả nước từ 01/7/2025");

	private final UnitSnapshotImport imports;
	private final UnitDirectory directory;
	private final boolean loadCountry;

	GeographySeed(UnitSnapshotImport imports, UnitDirectory directory,
			@org.springframework.beans.factory.annotation.Value("${ocop.geography.load-country:true}") boolean loadCountry) {
		this.imports = imports;
		this.directory = directory;
		this.loadCountry = loadCountry;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		int imported = 0;
		List<SnapshotInfo> recorded = imports.snapshots();
		for (BundledSnapshot snapshot : SNAPSHOTS) {
			if (recorded.stream().anyMatch(s -> s.provinceCode().equals(snapshot.provinceCode())
					&& s.validFrom().equals(snapshot.validFrom()))) {
				continue;
			}
			try (InputStream csv = open(snapshot.resource())) {
				imports.importSnapshot(csv, snapshot.validFrom().toString(), snapshot.source(), false);
				imported++;
			}
			catch (ImportProblems e) {
				// e.g. an administrator already imported a later list: keep what is there, do not block the start
				log.warn("Bundled units {} from {} not imported: {}", snapshot.resource(), snapshot.validFrom(),
						e.problems());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		if (loadCountry && recorded.stream().noneMatch(s -> s.provinceCode().equals(COUNTRY.provinceCode())
				&& s.validFrom().equals(COUNTRY.validFrom()))) {
			try (InputStream csv = countryWithout(HOME_PROVINCES)) {
				imports.importSnapshot(csv, COUNTRY.validFrom().toString(), COUNTRY.source(), false);
				imported++;
			}
			catch (ImportProblems e) {
				log.warn("Units of the country not imported: {}", e.problems());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		if (imports.successions().stream().noneMatch(m -> m.effectiveFrom().equals(MAPPING_FROM))) {
			try (InputStream csv = open(MAPPING)) {
				imports.importSuccessions(csv, MAPPING_FROM.toString(), false);
				imported++;
			}
			catch (ImportProblems e) {
				log.warn("Bundled mapping {} not imported: {}", MAPPING, e.problems());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		// load the index now, so that the first request does not pay for it
		directory.refresh();
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (imported > 0) {
			log.info("Administrative units: {} bundled file(s) imported in {} ms", imported, millis);
		}
		else {
			log.info("Administrative units up to date ({} ms)", millis);
		}
	}

	/** The provinces whose units come from their own files, with history. */
	static final java.util.Set<String> HOME_PROVINCES = java.util.Set.copyOf(SNAPSHOTS.stream()
			.map(BundledSnapshot::provinceCode).toList());

	/** The country's list without the rows of the given provinces (a province row, or a unit whose parent is one). */
	private static InputStream countryWithout(java.util.Set<String> provinces) throws IOException {
		StringBuilder kept = new StringBuilder();
		try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(open(COUNTRY.resource()),
				java.nio.charset.StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				String[] cells = line.split(",", -1);
				if (header || cells.length < 4 || !(provinces.contains(cells[0]) || provinces.contains(cells[3]))) {
					kept.append(line).append('\n');
				}
				header = false;
			}
		}
		return new java.io.ByteArrayInputStream(kept.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static InputStream open(String resource) throws IOException {
		return new ClassPathResource(resource).getInputStream();
	}
}
