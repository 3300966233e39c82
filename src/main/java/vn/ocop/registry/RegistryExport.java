package vn.ocop.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.shared.document.Sheet;
import vn.ocop.shared.document.Workbook;
import vn.ocop.geography.UnitAt;

/**
 * Exports the filtered product and producer lists to Excel, with exactly the records the signed-in user may see:
 * it pages through {@link RegistryManagement#products} and {@link RegistryManagement#producers}, so the same
 * scope rules apply. The workbook is streamed (a window of rows in memory, the rest in a temporary file): the
 * header row bold and frozen with a filter, readable column titles in the user's language, statuses and legal
 * forms by name, dates as dates, prices as numbers. The workbook is to be closed once written.
 */
@Service
public class RegistryExport {

	/** The most rows one export writes. */
	public static final int MAX_ROWS = 200_000;

	static final int PAGE_SIZE = 500;

	private final RegistryManagement registry;
	private final GeographyApi geography;
	private final CriteriaApi criteria;
	private final MessageSource messages;
	private final EntityManager entityManager;
	private final Clock clock;

	RegistryExport(RegistryManagement registry, GeographyApi geography, CriteriaApi criteria, MessageSource messages,
			EntityManager entityManager, Clock clock) {
		this.registry = registry;
		this.geography = geography;
		this.criteria = criteria;
		this.messages = messages;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** The products matching the filter that the user may see. */
	@Transactional(readOnly = true)
	public Workbook products(ProductFilter filter) {
		var columns = List.of("index", "name", "producer", "producerNumber", "cycleYear", "productSet",
				"productSetName", "communeCode", "commune", "district", "registrationType", "status", "stars", "price",
				"unit", "packaging", "shelfLife", "gtin", "registeredOn", "statusChangedOn", "id");
		Workbook workbook = Workbook.streamed();
		Sheet sheet = sheet(workbook, "registry.io.export.products.sheet", "registry.io.export.product.", columns);
		var places = new Places();
		Sort order = Sort.by(Sort.Order.desc("cycleYear"), Sort.Order.asc("name"), Sort.Order.asc("id"));
		Map<String, String> setNames = new HashMap<>();
		int index = 0;
		for (int page = 0; index < MAX_ROWS; page++) {
			Page<ProductSummary> found = registry.products(filter, PageRequest.of(page, PAGE_SIZE, order));
			Map<UUID, String> numbers = registrationNumbers(
					found.getContent().stream().map(ProductSummary::producerId).collect(Collectors.toSet()));
			for (ProductSummary p : found.getContent()) {
				if (index >= MAX_ROWS) {
					break;
				}
				sheet.row(++index, p.name(), p.producerName(), numbers.get(p.producerId()), p.cycleYear(),
						p.productSetCode(), setNames.computeIfAbsent(p.productSetCode(),
								c -> criteria.productSet(c).map(ProductSet::name).orElse("")),
						p.communeCode(), places.communeName(p.unitAt()),
						places.districtName(p.unitAt()),
						text("registry.registrationType." + p.registrationType().name()),
						text("registry.status." + p.status().name()), p.stars(), Sheet.amount(p.priceVnd()), p.unit(),
						p.packaging(), p.shelfLife(), p.gtin(), day(p.createdAt()), day(p.statusChangedAt()),
						p.id().toString());
			}
			if (!found.hasNext()) {
				break;
			}
		}
		return workbook;
	}

	/** The producers matching the filter that the user may see. */
	@Transactional(readOnly = true)
	public Workbook producers(ProducerFilter filter) {
		var columns = List.of("index", "name", "legalForm", "registrationNumber", "registrationDate", "representative",
				"address", "communeCode", "commune", "district", "phone", "email", "members", "workers", "womenWorkers",
				"ethnicMinorityWorkers", "programmeYear", "newlyFounded", "createdOn", "id");
		Workbook workbook = Workbook.streamed();
		Sheet sheet = sheet(workbook, "registry.io.export.producers.sheet", "registry.io.export.producer.", columns);
		var places = new Places();
		Sort order = Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));
		int index = 0;
		for (int page = 0; index < MAX_ROWS; page++) {
			Page<ProducerSummary> found = registry.producers(filter, PageRequest.of(page, PAGE_SIZE, order));
			for (ProducerSummary p : found.getContent()) {
				if (index >= MAX_ROWS) {
					break;
				}
				sheet.row(++index, p.name(), text("registry.legalForm." + p.legalForm().name()),
						p.registrationNumber(), p.registrationDate(), p.representative(), p.address(), p.communeCode(),
						places.communeName(p.unitAt()),
						places.districtName(p.unitAt()), p.phone(), p.email(), p.members(),
						p.workers(), p.womenWorkers(), p.ethnicMinorityWorkers(), p.programmeYear(),
						text(p.newlyFounded() ? "registry.io.export.yes" : "registry.io.export.no"),
						day(p.createdAt()), p.id().toString());
			}
			if (!found.hasNext()) {
				break;
			}
		}
		return workbook;
	}

	/** A sheet with the columns' titles in the user's language, their widths, and a filter on the header. */
	private Sheet sheet(Workbook workbook, String name, String prefix, List<String> columns) {
		return workbook.sheet(text(name), columns.stream().map(c -> text(prefix + c)).toList())
				.widths(columns.stream().mapToInt(RegistryExport::width).toArray()).filter();
	}

	/** The registration numbers of the producers of one page, in one query. */
	private Map<UUID, String> registrationNumbers(Set<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = entityManager
				.createQuery("select p.id, p.registrationNumber from Producer p where p.id in :ids", Object[].class)
				.setParameter("ids", ids).getResultList();
		Map<UUID, String> numbers = new HashMap<>();
		for (Object[] row : rows) {
			numbers.put((UUID) row[0], new RegistrationNumber((String) row[1]).formatted());
		}
		return numbers;
	}

	private @Nullable LocalDate day(@Nullable Instant instant) {
		ZoneId zone = clock.getZone();
		return instant == null ? null : LocalDate.ofInstant(instant, zone);
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	private static int width(String column) {
		return switch (column) {
			case "index", "cycleYear", "stars", "members", "workers", "womenWorkers", "ethnicMinorityWorkers",
					"programmeYear", "newlyFounded", "unit" -> 10;
			case "name", "producer", "address", "packaging" -> 40;
			case "id" -> 38;
			case "productSetName", "commune", "district", "email", "representative" -> 26;
			default -> 16;
		};
	}

	/** The communes and districts of one export, each looked up once. */
	private final class Places {

		private final Map<UnitAt, @Nullable Unit> units = new HashMap<>();
		private final Map<UnitAt, String> districts = new HashMap<>();

		/** The commune's name on the day, or its latest name if it was not in force then. */
		@Nullable
		String communeName(UnitAt commune) {
			if (!units.containsKey(commune)) {
				units.put(commune, geography.find(commune).orElseGet(() -> {
					var versions = geography.versionsOf(commune.code());
					return versions.isEmpty() ? null : versions.get(versions.size() - 1);
				}));
			}
			Unit unit = units.get(commune);
			return unit == null ? null : unit.name();
		}

		/** The district-level unit the commune lay in on the day; empty from July 2025 (no districts). */
		String districtName(UnitAt commune) {
			return districts.computeIfAbsent(commune, k -> geography.lineage(commune).stream()
					.filter(u -> u.level() == UnitLevel.DISTRICT).map(Unit::name).findFirst().orElse(""));
		}
	}
}
