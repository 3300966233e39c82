package vn.ocop.registry;

import static vn.ocop.registry.RegistryImportColumn.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Validator;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;

/**
 * Checks every row of an import file against the rules of {@link RegistryManagement#createProducer} and
 * {@link RegistryManagement#registerProduct} — Bean Validation of the details, the commune known on the day, the
 * user's area, the product set of the cycle's regulation — plus the rules of a file: a producer's rows agree, a
 * producer's product names are unique per cycle, existing producers are reused. Builds, without writing, the
 * producers and products the file would create. One check is one pass over one file by one user: what it looks up
 * (units, cycles, product sets, scope decisions, existing producers) is looked up once.
 */
final class RegistryImportCheck {

	/** The outcome: what to write if there are no problems. */
	record Plan(int rows, List<Producer> newProducers, List<Product> products, int producersNew, int producersExisting,
			int productRows, Set<UUID> reusedProducers, List<RegistryImportProblem> problems) {
	}

	private static final Map<String, RegistryImportColumn> PRODUCER_PROPERTIES = Map.ofEntries(
			Map.entry("name", PRODUCER_NAME), Map.entry("legalForm", LEGAL_FORM),
			Map.entry("registrationNumber", REGISTRATION_NUMBER), Map.entry("registrationDate", REGISTRATION_DATE),
			Map.entry("representative", REPRESENTATIVE), Map.entry("address", ADDRESS),
			Map.entry("communeCode", PRODUCER_COMMUNE_CODE), Map.entry("phone", PHONE), Map.entry("email", EMAIL),
			Map.entry("members", MEMBERS), Map.entry("workers", WORKERS), Map.entry("womenWorkers", WOMEN_WORKERS),
			Map.entry("ethnicMinorityWorkers", ETHNIC_MINORITY_WORKERS), Map.entry("programmeYear", PROGRAMME_YEAR),
			Map.entry("newlyFounded", NEWLY_FOUNDED));

	private static final Map<String, RegistryImportColumn> PRODUCT_PROPERTIES = Map.ofEntries(
			Map.entry("name", PRODUCT_NAME), Map.entry("productSetCode", PRODUCT_SET_CODE),
			Map.entry("communeCode", PRODUCT_COMMUNE_CODE), Map.entry("registrationType", REGISTRATION_TYPE),
			Map.entry("description", DESCRIPTION), Map.entry("ingredients", INGREDIENTS),
			Map.entry("packaging", PACKAGING), Map.entry("shelfLife", SHELF_LIFE), Map.entry("unit", UNIT),
			Map.entry("priceVnd", PRICE_VND), Map.entry("gtin", GTIN));

	private final RegistryAccess access;
	private final RegistryImportLookups lookups;
	private final Validator validator;
	private final CurrentUser user;
	private final LocalDate today;
	private final Instant now;
	private final int maxRowsAtOnce;

	private final List<RegistryImportProblem> problems = new ArrayList<>();
	private final RegistryImportCells cells = new RegistryImportCells(problems);
	private final Map<String, RegistryImportProducer> entries = new LinkedHashMap<>();
	private final Map<String, Integer> productKeys = new HashMap<>();
	private final List<Product> newProducts = new ArrayList<>();
	private final Set<UUID> reused = new LinkedHashSet<>();
	private int productRows;

	RegistryImportCheck(Producers producers, Products products, Cycles cycles, RegistryAccess access,
			UnitReferences units, CriteriaApi criteria, Validator validator, CurrentUser user, LocalDate today,
			Instant now, int maxRowsAtOnce) {
		this.access = access;
		this.lookups = new RegistryImportLookups(producers, products, cycles, units, criteria);
		this.validator = validator;
		this.user = user;
		this.today = today;
		this.now = now;
		this.maxRowsAtOnce = maxRowsAtOnce;
	}

	Plan check(RegistryImportSheet sheet) {
		problems.addAll(sheet.problems());
		if (sheet.problems().isEmpty() && sheet.rows().size() > maxRowsAtOnce) {
			problems.add(RegistryImportProblem.ofFile("registry.io.error.tooManyRowsForServer",
					String.valueOf(maxRowsAtOnce)));
		}
		else if (sheet.problems().isEmpty()) {
			lookups.loadExisting(sheet.rows().stream().map(row -> row.get(REGISTRATION_NUMBER)).toList());
			for (RegistryImportSheet.Row row : sheet.rows()) {
				RegistryImportProducer entry = producer(row);
				if (!row.isBlank(PRODUCT_NAME)) {
					productRows++;
					product(row, entry);
				}
			}
		}
		List<Producer> created = entries.values().stream().filter(e -> !e.existing && e.producer != null)
				.map(e -> e.producer).toList();
		int existing = (int) entries.values().stream().filter(e -> e.existing).count();
		return new Plan(sheet.rows().size(), created, List.copyOf(newProducts), entries.size() - existing, existing,
				productRows, Set.copyOf(reused), List.copyOf(problems));
	}

	// ------------------------------------------------------------------ producers

	private @Nullable RegistryImportProducer producer(RegistryImportSheet.Row row) {
		String raw = row.get(REGISTRATION_NUMBER);
		if (raw.isEmpty()) {
			cells.problem(row, REGISTRATION_NUMBER, "registry.io.error.required", RegistryImportCells.label(REGISTRATION_NUMBER));
			return null;
		}
		String number = lookups.number(raw);
		if (number.isEmpty()) {
			boolean lostZero = raw.strip().matches("\\d{9}");
			cells.problem(row, REGISTRATION_NUMBER, lostZero ? "registry.io.error.registrationNumberZero"
					: "registry.io.error.registrationNumber", raw);
			return null;
		}
		RegistryImportProducer seen = entries.get(number);
		if (seen != null) {
			compare(row, seen);
			return seen;
		}
		var entry = new RegistryImportProducer(number, row);
		entries.put(number, entry);
		Producer existing = lookups.existingProducer(number);
		if (existing != null) {
			entry.existing = true;
			entry.communeCode = existing.getCommuneCode();
			if (access.canChange(user, existing)) {
				entry.producer = existing;
			}
			else {
				cells.problem(row, REGISTRATION_NUMBER, "registry.io.error.producerOutsideArea", entry.formatted(),
						existing.getName(), existing.getCommuneCode());
			}
			return entry;
		}
		entry.communeCode = row.get(PRODUCER_COMMUNE_CODE);
		entry.producer = newProducer(row);
		return entry;
	}

	private @Nullable Producer newProducer(RegistryImportSheet.Row row) {
		int start = problems.size();
		Set<RegistryImportColumn> flagged = new HashSet<>();
		LegalForm legalForm = null;
		if (!row.isBlank(LEGAL_FORM)) {
			legalForm = RegistryImportValues.legalForm(row.get(LEGAL_FORM)).orElse(null);
			if (legalForm == null) {
				cells.flag(flagged, row, LEGAL_FORM, "registry.io.error.legalForm", row.get(LEGAL_FORM));
			}
		}
		LocalDate registrationDate = cells.date(row, REGISTRATION_DATE, flagged);
		int members = cells.count(row, MEMBERS, flagged);
		int workers = cells.count(row, WORKERS, flagged);
		int women = cells.count(row, WOMEN_WORKERS, flagged);
		int ethnicMinority = cells.count(row, ETHNIC_MINORITY_WORKERS, flagged);
		Long programmeYear = cells.whole(row, PROGRAMME_YEAR, "registry.io.error.integer", flagged);
		boolean newlyFounded = false;
		if (!row.isBlank(NEWLY_FOUNDED)) {
			var value = RegistryImportValues.yesNo(row.get(NEWLY_FOUNDED));
			if (value.isEmpty()) {
				cells.flag(flagged, row, NEWLY_FOUNDED, "registry.io.error.boolean", RegistryImportCells.label(NEWLY_FOUNDED), row.get(NEWLY_FOUNDED));
			}
			newlyFounded = value.orElse(false);
		}
		var details = new ProducerDetails(row.get(PRODUCER_NAME), legalForm, row.get(REGISTRATION_NUMBER),
				registrationDate, RegistryImportCells.text(row, REPRESENTATIVE), RegistryImportCells.text(row, ADDRESS), row.get(PRODUCER_COMMUNE_CODE),
				row.isBlank(PHONE) ? null : RegistryImportValues.phone(row.get(PHONE)), RegistryImportCells.text(row, EMAIL), members,
				workers, women, ethnicMinority,
				programmeYear == null || Math.abs(programmeYear) > 100_000 ? null : programmeYear.intValue(),
				newlyFounded);
		cells.violations(row, validator.validate(details), PRODUCER_PROPERTIES, Map.of(), flagged);
		boolean valid = problems.size() == start;
		// the commune is checked even if other cells are wrong, so that the row lists all its problems at once
		var reference = flagged.contains(PRODUCER_COMMUNE_CODE) ? null
				: unit(row, PRODUCER_COMMUNE_CODE, details.communeCode(), today);
		if (!valid || reference == null) {
			return null;
		}
		Producer producer;
		try {
			producer = new Producer(details.inCommune(reference.code()), reference.on(), now, user.username());
		}
		catch (BusinessRuleException e) {
			cells.problem(row, WORKERS, e.messageCode(), e.arguments());
			return null;
		}
		if (!lookups.scope(reference, () -> access.canChange(user, producer))) {
			cells.problem(row, PRODUCER_COMMUNE_CODE, "registry.io.error.outsideArea", reference.code(), reference.unit().name());
			return null;
		}
		return producer;
	}

	/** Later rows of a producer must agree with its first row; a blank cell takes the first row's value. */
	private void compare(RegistryImportSheet.Row row, RegistryImportProducer first) {
		Map<RegistryImportColumn, String> values = RegistryImportProducer.fingerprint(row);
		for (var entry : values.entrySet()) {
			if (!entry.getValue().isEmpty() && !entry.getValue().equals(first.fingerprint.get(entry.getKey()))) {
				cells.problem(row, entry.getKey(), "registry.io.error.producerDiffers", RegistryImportCells.label(entry.getKey()), first.firstRow,
						first.formatted());
			}
		}
		if (first.producer == null) {
			cells.problem(row, REGISTRATION_NUMBER, "registry.io.error.producerInvalid", first.formatted(), first.firstRow);
		}
	}

	// ------------------------------------------------------------------ products

	private void product(RegistryImportSheet.Row row, @Nullable RegistryImportProducer entry) {
		int start = problems.size();
		Set<RegistryImportColumn> flagged = new HashSet<>();
		Cycle cycle = cycle(row, flagged);
		RegistrationType type = RegistrationType.NEW_PRODUCT;
		if (!row.isBlank(REGISTRATION_TYPE)) {
			type = RegistryImportValues.registrationType(row.get(REGISTRATION_TYPE)).orElse(null);
			if (type == null) {
				cells.flag(flagged, row, REGISTRATION_TYPE, "registry.io.error.registrationType", row.get(REGISTRATION_TYPE));
			}
		}
		Long price = cells.whole(row, PRICE_VND, "registry.io.error.amount", flagged);
		RegistryImportColumn communeColumn = PRODUCT_COMMUNE_CODE;
		String commune = row.get(PRODUCT_COMMUNE_CODE);
		if (commune.isEmpty()) {
			communeColumn = PRODUCER_COMMUNE_CODE;
			commune = entry != null && !entry.communeCode.isEmpty() ? entry.communeCode : row.get(PRODUCER_COMMUNE_CODE);
		}
		String name = row.get(PRODUCT_NAME);
		String setCode = row.get(PRODUCT_SET_CODE);
		var details = new ProductDetails(name, setCode, commune, type, RegistryImportCells.text(row, DESCRIPTION), RegistryImportCells.text(row, INGREDIENTS),
				RegistryImportCells.text(row, PACKAGING), RegistryImportCells.text(row, SHELF_LIFE), RegistryImportCells.text(row, UNIT), price, RegistryImportCells.text(row, GTIN), null);
		cells.violations(row, validator.validate(details), PRODUCT_PROPERTIES, Map.of("communeCode", communeColumn), flagged);
		if (cycle != null && !setCode.isEmpty() && !lookups.productSets(cycle.getRegulationCode()).contains(setCode)) {
			cells.problem(row, PRODUCT_SET_CODE, "registry.product.productSet", setCode, cycle.getRegulationCode());
		}
		if (entry != null && cycle != null && !name.isEmpty()) {
			Integer earlier = productKeys.putIfAbsent(RegistryImportLookups.productKey(entry.number, cycle.getYear(), name),
					row.number());
			if (earlier != null) {
				cells.problem(row, PRODUCT_NAME, "registry.io.error.duplicateProduct", name, earlier, entry.formatted(),
						cycle.getYear());
			}
			else if (entry.existing && lookups.productExists(lookups.existingProducer(entry.number), cycle.getYear(), name)) {
				cells.problem(row, PRODUCT_NAME, "registry.io.error.productExists", name, entry.formatted(), cycle.getYear());
			}
		}
		Producer producer = entry == null ? null : entry.producer;
		// the product's own commune is checked even if other cells are wrong; the producer's was checked with it
		boolean ownCommune = communeColumn == PRODUCT_COMMUNE_CODE;
		var reference = cycle == null || commune.isEmpty() || flagged.contains(communeColumn)
				|| (!ownCommune && producer == null) ? null : unit(row, communeColumn, commune, cycle.registrationDay(today));
		if (problems.size() > start || producer == null || cycle == null || reference == null) {
			return;
		}
		var product = new Product(producer.getId(), cycle.getYear(), cycle.getRegulationCode(),
				details.inCommune(reference.code()), reference.on(), now, user.username());
		boolean allowed = entry.existing
				? lookups.scope(producer.getId() + "|" + reference.code() + '@' + reference.on(),
						() -> access.canChange(user, product, producer))
				: lookups.scope(reference, () -> access.canChange(user, product, producer));
		if (!allowed) {
			cells.problem(row, communeColumn, "registry.io.error.outsideArea", reference.code(), reference.unit().name());
			return;
		}
		if (entry.existing) {
			reused.add(producer.getId());
		}
		newProducts.add(product);
	}

	private @Nullable Cycle cycle(RegistryImportSheet.Row row, Set<RegistryImportColumn> flagged) {
		Optional<Cycle> found;
		if (row.isBlank(CYCLE_YEAR)) {
			found = lookups.latestOpenCycle();
			if (found.isEmpty()) {
				cells.flag(flagged, row, CYCLE_YEAR, "registry.cycle.noneOpen");
				return null;
			}
		}
		else {
			var year = RegistryImportValues.whole(row.get(CYCLE_YEAR)).filter(y -> y >= 1900 && y <= 9999);
			if (year.isEmpty()) {
				cells.flag(flagged, row, CYCLE_YEAR, "registry.io.error.cycleYear", row.get(CYCLE_YEAR));
				return null;
			}
			int value = year.get().intValue();
			found = lookups.cycle(value);
			if (found.isEmpty()) {
				cells.flag(flagged, row, CYCLE_YEAR, "registry.cycle.unknown", String.valueOf(value));
				return null;
			}
		}
		Cycle cycle = found.get();
		if (cycle.getStatus() != CycleStatus.OPEN) {
			cells.flag(flagged, row, CYCLE_YEAR, "registry.cycle.closed", String.valueOf(cycle.getYear()));
			return null;
		}
		return cycle;
	}

	// ------------------------------------------------------------------ units

	/** The commune on the day, or none with the problem reported on the cell. */
	private UnitReferences.@Nullable UnitReference unit(RegistryImportSheet.Row row, RegistryImportColumn column,
			String code, LocalDate on) {
		try {
			return lookups.commune(code, on);
		}
		catch (BusinessRuleException e) {
			cells.problem(row, column, e.messageCode(), e.arguments());
			return null;
		}
	}
}
