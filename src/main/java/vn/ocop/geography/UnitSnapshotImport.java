package vn.ocop.geography;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;

/**
 * Imports the official lists of administrative units and the mappings of reorganisations. A snapshot lists the
 * units of one province (or several) in force from a day, as CSV with the header {@code code,name,level,parent_code};
 * it is compared with the versions in force the day before (see {@link SnapshotReconciliation} for the rules).
 * A mapping lists, as {@code new_code,old_code}, which units of the day before went into which units from its
 * effective day.
 * <p>
 * Every import is all or nothing: the whole file is checked first and refused with {@link ImportProblems} naming
 * every problem and its line (0 for the file as a whole); only a file without problems is written, in one
 * transaction, after which {@link GeographyApi} answers with the new data. Imports run one at a time.
 */
@Service
public class UnitSnapshotImport {

	private static final Logger log = LoggerFactory.getLogger(UnitSnapshotImport.class);

	static final List<String> SUCCESSION_COLUMNS = List.of("new_code", "old_code");
	static final String SYSTEM = "system";

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
			.withResolverStyle(ResolverStyle.STRICT);
	private static final int CHUNK = 1000;

	private final AdministrativeUnits units;
	private final RecordedSnapshots snapshots;
	private final UnitSuccessions successions;
	private final UnitDirectory directory;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final ReentrantLock oneAtATime = new ReentrantLock();

	UnitSnapshotImport(AdministrativeUnits units, RecordedSnapshots snapshots, UnitSuccessions successions,
			UnitDirectory directory, PlatformTransactionManager transactions, Clock clock) {
		this.units = units;
		this.snapshots = snapshots;
		this.successions = successions;
		this.directory = directory;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Imports a snapshot in force from {@code validFrom}.
	 *
	 * @param csv the file, UTF-8 (a byte order mark is allowed); the stream is read, not closed
	 * @param validFrom the snapshot's first day; must come after the latest snapshot of each province in the file
	 * @param source where the list comes from (shown in the list of imports)
	 * @throws ImportProblems if anything is wrong with the file or the date; nothing is written then
	 */
	public SnapshotSummary importSnapshot(InputStream csv, LocalDate validFrom, String source) {
		return importSnapshot(csv, validFrom.toString(), source);
	}

	/**
	 * Imports a snapshot whose first day is given as text ({@code yyyy-MM-dd} or {@code d/M/yyyy}), so that a
	 * missing or malformed date is reported together with the problems of the file.
	 *
	 * @see #importSnapshot(InputStream, LocalDate, String)
	 */
	public SnapshotSummary importSnapshot(InputStream csv, @Nullable String validFrom, @Nullable String source) {
		return importSnapshot(csv, validFrom, source, true);
	}

	/** As the public method; the bundled data is loaded with {@code refresh} off and one refresh at the end. */
	SnapshotSummary importSnapshot(InputStream csv, @Nullable String validFrom, @Nullable String source,
			boolean refresh) {
		var problems = new ArrayList<Problem>();
		LocalDate start = parseDate(validFrom, problems);
		SnapshotFile file = SnapshotFile.check(CsvTable.read(readAll(csv, problems), problems), problems);
		String sourceName = limit(source == null || source.isBlank() ? "—" : source.strip(), 200);
		String importer = importer();
		SnapshotSummary summary = exclusively(refresh, () -> transaction.execute(tx -> {
			Set<String> provinces = file.provinceCodes();
			SnapshotReconciliation.Plan plan = null;
			if (start != null && !provinces.isEmpty()) {
				plan = SnapshotReconciliation.reconcile(file, start, stored(file), recorded(provinces), problems);
			}
			if (!problems.isEmpty() || plan == null || start == null) {
				throw refused(problems);
			}
			plan.closeAll();
			units.saveAll(plan.opening());
			Map<String, Long> perProvince = file.rows().stream()
					.collect(Collectors.groupingBy(SnapshotFile.UnitRow::provinceCode, LinkedHashMap::new,
							Collectors.counting()));
			perProvince.forEach((province, count) -> snapshots.save(new RecordedSnapshot(province, start, sourceName,
					clock.instant(), importer, count.intValue())));
			units.flush();
			return new SnapshotSummary(String.join(",", provinces), start, file.rows().size(),
					plan.opening().size(), plan.closing().size(), plan.unchanged());
		}));
		log.info("Imported units of {} from {} ({}): {} opened, {} closed, {} unchanged", summary.provinceCode(),
				summary.validFrom(), sourceName, summary.opened(), summary.closed(), summary.unchanged());
		return Objects.requireNonNull(summary);
	}

	/**
	 * Imports the mapping of a reorganisation effective from {@code effectiveFrom}: each old code must be in force
	 * the day before, each new code on the day (import the snapshot first).
	 *
	 * @throws ImportProblems if anything is wrong with the file or the date; nothing is written then
	 */
	public SuccessionSummary importSuccessions(InputStream csv, LocalDate effectiveFrom) {
		return importSuccessions(csv, effectiveFrom.toString());
	}

	/**
	 * Imports a mapping whose effective day is given as text, so that a missing or malformed date is reported
	 * together with the problems of the file.
	 *
	 * @see #importSuccessions(InputStream, LocalDate)
	 */
	public SuccessionSummary importSuccessions(InputStream csv, @Nullable String effectiveFrom) {
		return importSuccessions(csv, effectiveFrom, true);
	}

	/** As the public method; the bundled data is loaded with {@code refresh} off and one refresh at the end. */
	SuccessionSummary importSuccessions(InputStream csv, @Nullable String effectiveFrom, boolean refresh) {
		var problems = new ArrayList<Problem>();
		LocalDate day = parseDate(effectiveFrom, problems);
		CsvTable table = CsvTable.read(readAll(csv, problems), problems);
		SuccessionSummary summary = exclusively(refresh, () -> transaction.execute(tx -> {
			List<UnitSuccession> lines = checkSuccessions(table, day, problems);
			if (!problems.isEmpty() || day == null) {
				throw refused(problems);
			}
			successions.saveAllAndFlush(lines);
			return new SuccessionSummary(day, lines.size());
		}));
		log.info("Imported the reorganisation mapping effective {}: {} lines", summary.effectiveFrom(),
				summary.mappings());
		return Objects.requireNonNull(summary);
	}

	/** The imported snapshots, latest first. */
	public List<SnapshotInfo> snapshots() {
		return Objects.requireNonNull(transaction.execute(tx -> snapshots.findAllByOrderByValidFromDescProvinceCodeAsc()
				.stream().map(RecordedSnapshot::toInfo).toList()));
	}

	/** Whether a snapshot of the province from that day has been imported. */
	public boolean isRecorded(String provinceCode, LocalDate validFrom) {
		return snapshots.existsByProvinceCodeAndValidFrom(provinceCode, validFrom);
	}

	/** The imported mappings: each effective day with its number of lines, latest first. */
	public List<SuccessionSummary> successions() {
		return Objects.requireNonNull(transaction.execute(tx -> successions.countByEffectiveFrom().stream()
				.map(row -> new SuccessionSummary((LocalDate) row[0], ((Number) row[1]).intValue()))
				.toList()));
	}

	/** Whether a mapping effective from that day has been imported. */
	public boolean isMappingRecorded(LocalDate effectiveFrom) {
		return successions.existsByEffectiveFrom(effectiveFrom);
	}

	private List<UnitSuccession> checkSuccessions(@Nullable CsvTable table, @Nullable LocalDate day,
			List<Problem> problems) {
		var lines = new ArrayList<UnitSuccession>();
		if (table == null) {
			return lines;
		}
		Map<String, Integer> columns = table.columns(SUCCESSION_COLUMNS, problems);
		if (columns == null) {
			return lines;
		}
		int newAt = columns.get("new_code");
		int oldAt = columns.get("old_code");
		var recorded = new HashMap<String, Boolean>();
		if (day != null) {
			successions.findByEffectiveFrom(day).forEach(s -> recorded.put(key(s.toSuccession()), true));
		}
		Map<String, List<AdministrativeUnit>> versions = day == null ? Map.of() : versionsOf(table.rows().stream()
				.flatMap(row -> row.values().stream()).filter(v -> !v.isEmpty()).distinct().toList());
		var seen = new HashMap<String, Integer>();
		for (CsvTable.Row row : table.rows()) {
			if (row.size() != table.columnCount()) {
				problems.add(new Problem(row.line(), "geography.import.columns", row.size(), table.columnCount()));
				continue;
			}
			String newCode = row.get(newAt);
			String oldCode = row.get(oldAt);
			boolean valid = SnapshotFile.checkCode(row.line(), newCode, "geography.succession.newCode.blank",
					"geography.succession.newCode.invalid", problems);
			valid &= SnapshotFile.checkCode(row.line(), oldCode, "geography.succession.oldCode.blank",
					"geography.succession.oldCode.invalid", problems);
			if (!valid) {
				continue;
			}
			Integer first = seen.putIfAbsent(newCode + ">" + oldCode, row.line());
			if (first != null) {
				problems.add(new Problem(row.line(), "geography.succession.duplicate", oldCode, newCode,
						String.valueOf(first)));
				continue;
			}
			if (day == null) {
				continue;
			}
			LocalDate dayBefore = day.minusDays(1);
			if (versions.getOrDefault(oldCode, List.of()).stream().noneMatch(u -> u.inForceOn(dayBefore))) {
				problems.add(new Problem(row.line(), "geography.succession.oldCode.notInForce", oldCode,
						dayBefore.toString()));
			}
			if (versions.getOrDefault(newCode, List.of()).stream().noneMatch(u -> u.inForceOn(day))) {
				problems.add(new Problem(row.line(), "geography.succession.newCode.notInForce", newCode,
						day.toString()));
			}
			if (recorded.containsKey(key(new Succession(oldCode, newCode, day)))) {
				problems.add(new Problem(row.line(), "geography.succession.exists", oldCode, newCode,
						day.toString()));
			}
			lines.add(new UnitSuccession(oldCode, newCode, day));
		}
		if (table.rows().isEmpty()) {
			problems.add(new Problem(0, "geography.import.empty"));
		}
		return lines;
	}

	private Collection<AdministrativeUnit> stored(SnapshotFile file) {
		var found = new LinkedHashMap<UUID, AdministrativeUnit>();
		units.findByProvinceCodeIn(file.provinceCodes()).forEach(u -> found.put(u.getId(), u));
		versionsOf(file.rows().stream().map(SnapshotFile.UnitRow::code).toList()).values()
				.forEach(list -> list.forEach(u -> found.putIfAbsent(u.getId(), u)));
		return found.values();
	}

	/** The stored versions of the codes, by code (queried in chunks to stay below the databases' limits). */
	private Map<String, List<AdministrativeUnit>> versionsOf(List<String> codes) {
		var found = new ArrayList<AdministrativeUnit>();
		for (int i = 0; i < codes.size(); i += CHUNK) {
			found.addAll(units.findByCodeIn(codes.subList(i, Math.min(codes.size(), i + CHUNK))));
		}
		return found.stream().collect(Collectors.groupingBy(AdministrativeUnit::getCode));
	}

	private List<SnapshotReconciliation.Recorded> recorded(Set<String> provinces) {
		return snapshots.findByProvinceCodeIn(provinces).stream()
				.map(s -> new SnapshotReconciliation.Recorded(s.getProvinceCode(), s.getValidFrom()))
				.toList();
	}

	/** Runs one import at a time, refreshes the index after it committed, and turns a lost race into a problem. */
	private <T> T exclusively(boolean refresh, Supplier<T> work) {
		oneAtATime.lock();
		try {
			T result = work.get();
			if (refresh) {
				directory.refresh();
			}
			return result;
		}
		catch (DataIntegrityViolationException e) {
			// another instance imported the same snapshot or mapping in the meantime
			log.warn("Import refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
			throw new ImportProblems(List.of(new Problem(0, "geography.import.concurrent")));
		}
		finally {
			oneAtATime.unlock();
		}
	}

	static @Nullable LocalDate parseDate(@Nullable String text, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem(0, "geography.import.date.missing"));
			return null;
		}
		String value = text.strip();
		try {
			return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(0, "geography.import.date.invalid", value));
			return null;
		}
	}

	private static byte[] readAll(InputStream csv, List<Problem> problems) {
		try {
			return csv.readAllBytes();
		}
		catch (IOException e) {
			problems.add(new Problem(0, "geography.import.unreadable", String.valueOf(e.getMessage())));
			return new byte[0];
		}
	}

	private static ImportProblems refused(List<Problem> problems) {
		var sorted = new ArrayList<>(problems);
		sorted.sort(Comparator.comparingInt(Problem::row));
		return new ImportProblems(sorted);
	}

	private static String key(Succession succession) {
		return succession.newCode() + ">" + succession.oldCode();
	}

	private static String importer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken ? SYSTEM
						: limit(authentication.getName(), 64);
	}

	private static String limit(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}
}
