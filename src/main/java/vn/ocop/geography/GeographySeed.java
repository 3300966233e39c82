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

	private final UnitSnapshotImport imports;
	private final UnitDirectory directory;

	GeographySeed(UnitSnapshotImport imports, UnitDirectory directory) {
		this.imports = imports;
		this.directory = directory;
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

	private static InputStream open(String resource) throws IOException {
		return new ClassPathResource(resource).getInputStream();
	}
}
