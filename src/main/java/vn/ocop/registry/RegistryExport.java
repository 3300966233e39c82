package vn.ocop.registry;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
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

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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

/**
 * Exports the filtered product and producer lists to Excel, with exactly the records the signed-in user may see:
 * it pages through {@link RegistryManagement#products} and {@link RegistryManagement#producers}, so the same
 * scope rules apply. The workbook is streamed (a window of rows in memory, the rest in a temporary file): the
 * header row bold and frozen with a filter, readable column titles in the user's language, statuses and legal
 * forms by name, dates as dates, prices as numbers.
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

	/** A filled workbook, ready to be written; temporary files are removed on {@link #close()}. */
	public static final class Workbook implements Closeable {

		private final SXSSFWorkbook workbook;
		private final int rows;

		Workbook(SXSSFWorkbook workbook, int rows) {
			this.workbook = workbook;
			this.rows = rows;
		}

		/** The number of data rows. */
		public int rows() {
			return rows;
		}

		public void writeTo(OutputStream out) throws IOException {
			workbook.write(out);
		}

		@Override
		public void close() throws IOException {
			workbook.close();
		}
	}

	/** The products matching the filter that the user may see. */
	@Transactional(readOnly = true)
	public Workbook products(ProductFilter filter) {
		var columns = List.of("index", "name", "producer", "producerNumber", "cycleYear", "productSet",
				"productSetName", "communeCode", "commune", "district", "registrationType", "status", "stars", "price",
				"unit", "packaging", "shelfLife", "gtin", "registeredOn", "statusChangedOn", "id");
		var sheet = new Sheet(text("registry.io.export.products.sheet"), "registry.io.export.product.", columns);
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
				Row row = sheet.row();
				sheet.number(row, ++index);
				sheet.text(row, p.name());
				sheet.text(row, p.producerName());
				sheet.text(row, numbers.get(p.producerId()));
				sheet.number(row, p.cycleYear());
				sheet.text(row, p.productSetCode());
				sheet.text(row, setNames.computeIfAbsent(p.productSetCode(),
						c -> criteria.productSet(c).map(ProductSet::name).orElse("")));
				sheet.text(row, p.communeCode());
				Unit commune = sheet.unit(p.communeCode(), p.unitDate());
				sheet.text(row, commune == null ? null : commune.name());
				sheet.text(row, sheet.districtName(p.communeCode(), p.unitDate()));
				sheet.text(row, text("registry.registrationType." + p.registrationType().name()));
				sheet.text(row, text("registry.status." + p.status().name()));
				sheet.number(row, p.stars());
				sheet.amount(row, p.priceVnd());
				sheet.text(row, p.unit());
				sheet.text(row, p.packaging());
				sheet.text(row, p.shelfLife());
				sheet.text(row, p.gtin());
				sheet.date(row, day(p.createdAt()));
				sheet.date(row, day(p.statusChangedAt()));
				sheet.text(row, p.id().toString());
			}
			if (!found.hasNext()) {
				break;
			}
		}
		return sheet.finish(index);
	}

	/** The producers matching the filter that the user may see. */
	@Transactional(readOnly = true)
	public Workbook producers(ProducerFilter filter) {
		var columns = List.of("index", "name", "legalForm", "registrationNumber", "registrationDate", "representative",
				"address", "communeCode", "commune", "district", "phone", "email", "members", "workers", "womenWorkers",
				"ethnicMinorityWorkers", "programmeYear", "newlyFounded", "createdOn", "id");
		var sheet = new Sheet(text("registry.io.export.producers.sheet"), "registry.io.export.producer.", columns);
		Sort order = Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));
		int index = 0;
		for (int page = 0; index < MAX_ROWS; page++) {
			Page<ProducerSummary> found = registry.producers(filter, PageRequest.of(page, PAGE_SIZE, order));
			for (ProducerSummary p : found.getContent()) {
				if (index >= MAX_ROWS) {
					break;
				}
				Row row = sheet.row();
				sheet.number(row, ++index);
				sheet.text(row, p.name());
				sheet.text(row, text("registry.legalForm." + p.legalForm().name()));
				sheet.text(row, p.registrationNumber());
				sheet.date(row, p.registrationDate());
				sheet.text(row, p.representative());
				sheet.text(row, p.address());
				sheet.text(row, p.communeCode());
				Unit commune = sheet.unit(p.communeCode(), p.unitDate());
				sheet.text(row, commune == null ? null : commune.name());
				sheet.text(row, sheet.districtName(p.communeCode(), p.unitDate()));
				sheet.text(row, p.phone());
				sheet.text(row, p.email());
				sheet.number(row, p.members());
				sheet.number(row, p.workers());
				sheet.number(row, p.womenWorkers());
				sheet.number(row, p.ethnicMinorityWorkers());
				sheet.number(row, p.programmeYear());
				sheet.text(row, text(p.newlyFounded() ? "registry.io.export.yes" : "registry.io.export.no"));
				sheet.date(row, day(p.createdAt()));
				sheet.text(row, p.id().toString());
			}
			if (!found.hasNext()) {
				break;
			}
		}
		return sheet.finish(index);
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

	/** One streamed sheet being filled, cell by cell from the left. */
	private final class Sheet {

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		private final SXSSFSheet sheet;
		private final int columns;
		private final CellStyle dateStyle;
		private final CellStyle amountStyle;
		private final Map<String, Unit> units = new HashMap<>();
		private final Map<String, String> districts = new HashMap<>();
		private int next = 1;
		private int column;

		Sheet(String name, String prefix, List<String> titles) {
			workbook.setCompressTempFiles(true);
			sheet = workbook.createSheet(name);
			columns = titles.size();
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			header.setWrapText(true);
			dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			amountStyle = workbook.createCellStyle();
			amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			Row row = sheet.createRow(0);
			for (int i = 0; i < titles.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(RegistryExport.this.text(prefix + titles.get(i)));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, 256 * width(titles.get(i)));
			}
			sheet.createFreezePane(0, 1);
		}

		Row row() {
			column = 0;
			return sheet.createRow(next++);
		}

		void text(Row row, @Nullable String value) {
			Cell cell = row.createCell(column++);
			if (value != null && !value.isEmpty()) {
				cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
			}
		}

		void number(Row row, @Nullable Number value) {
			Cell cell = row.createCell(column++);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
			}
		}

		void amount(Row row, @Nullable Long value) {
			Cell cell = row.createCell(column++);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
				cell.setCellStyle(amountStyle);
			}
		}

		void date(Row row, @Nullable LocalDate value) {
			Cell cell = row.createCell(column++);
			if (value != null) {
				cell.setCellValue(value);
				cell.setCellStyle(dateStyle);
			}
		}

		@Nullable
		Unit unit(String code, LocalDate on) {
			String key = code + '@' + on;
			if (!units.containsKey(key)) {
				units.put(key, geography.find(code, on).orElseGet(() -> {
					var versions = geography.versionsOf(code);
					return versions.isEmpty() ? null : versions.get(versions.size() - 1);
				}));
			}
			return units.get(key);
		}

		/** The district-level unit the commune lay in on the day; empty from July 2025 (no districts). */
		String districtName(String code, LocalDate on) {
			return districts.computeIfAbsent(code + '@' + on, k -> geography.lineage(code, on).stream()
					.filter(u -> u.level() == UnitLevel.DISTRICT).map(Unit::name).findFirst().orElse(""));
		}

		Workbook finish(int rows) {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns - 1));
			return new Workbook(workbook, rows);
		}
	}
}
