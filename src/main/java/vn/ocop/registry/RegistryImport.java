package vn.ocop.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import vn.ocop.audit.AuditContext;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Imports producers and products from an Excel (.xlsx) or CSV file in two steps. {@link #preview} stores the
 * uploaded file, checks every row without writing anything and lists every problem; {@link #confirm} checks the
 * stored file again (the data may have changed meanwhile) and, only if it is clean, writes all its producers and
 * products in one transaction — else nothing. For the provincial office and district and commune officers, each
 * row inside their area.
 * <p>
 * The token of a preview is its {@link RegistryImportTickets ticket}; it stays valid for a day, only for the
 * uploader, and survives restarts. Which tokens were confirmed is remembered in memory (per instance); a second confirmation
 * of the same file is refused in any case by the rule that a producer's product names are unique per cycle.
 */
@Service
public class RegistryImport {

	/** The largest file accepted. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/** The most data rows a file may have. */
	public static final int MAX_ROWS = 50_000;

	/**
	 * The memory a row of a confirmed import holds until the commit (measured with bench/import.sh: about 120 MB
	 * more live heap at the commit of 10,000 rows — the records and their audit entries, search documents and
	 * persistence state).
	 */
	static final long BYTES_PER_ROW = 12 * 1024;

	/** How many aggregates are persisted and flushed at a time while writing. */
	static final int WRITE_CHUNK = 1000;

	private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);

	private final Producers producers;
	private final Products products;
	private final Cycles cycles;
	private final RegistryAccess access;
	private final UnitReferences units;
	private final CriteriaApi criteria;
	private final Validator validator;
	private final RegistryImportTickets tickets;
	private final RegistryImportReport report;
	private final MessageSource messages;
	private final EntityManager entityManager;
	private final Clock clock;
	private final Set<String> confirming = ConcurrentHashMap.newKeySet();
	private final Set<String> confirmed = Collections.newSetFromMap(Collections.synchronizedMap(
			new LinkedHashMap<>(16, 0.75f, false) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
					return size() > 10_000;
				}
			}));

	RegistryImport(Producers producers, Products products, Cycles cycles, RegistryAccess access, UnitReferences units,
			CriteriaApi criteria, Validator validator, RegistryImportTickets tickets, RegistryImportReport report,
			MessageSource messages, EntityManager entityManager, Clock clock) {
		this.producers = producers;
		this.products = products;
		this.cycles = cycles;
		this.access = access;
		this.units = units;
		this.criteria = criteria;
		this.validator = importValidator(validator);
		this.tickets = tickets;
		this.report = report;
		this.messages = messages;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Stores the file and checks all its rows without writing anything. The file is recognised by its content:
	 * an Excel workbook (first sheet) or a UTF-8 CSV file; anything else yields an error, not an exception.
	 */
	@Transactional(readOnly = true)
	public RegistryImportPreview preview(@Nullable String fileName, byte[] content) throws IOException {
		CurrentUser user = requireImporter();
		String name = safeName(fileName);
		if (content.length > MAX_BYTES) {
			var tooLarge = RegistryImportProblem.ofFile("registry.io.error.fileTooLarge",
					String.valueOf(MAX_BYTES / (1024 * 1024)));
			return report.preview(null, name, RegistryImportSheet.none(), List.of(tooLarge), null);
		}
		long started = System.nanoTime();
		var sheet = RegistryImportSheet.read(content, name, MAX_ROWS);
		String token = sheet.format() == null ? null : tickets.issue(user, name, content);
		var plan = check(user, sheet);
		log.info("Import preview of {} ({} bytes, {} rows) for {}: {} problem(s) in {} ms", name, content.length,
				plan.rows(), user.username(), plan.problems().size(), (System.nanoTime() - started) / 1_000_000);
		return report.preview(token, name, sheet, plan.problems(), plan);
	}

	/**
	 * Checks the stored file again and, if it is clean, writes its new producers, then its products (each with
	 * its first timeline entry, status {@link ProductStatus#IDEA_REGISTERED}), in one transaction.
	 *
	 * @throws RegistryImportRefused (422) listing every problem; nothing is written
	 * @throws AccessDeniedException if the signed-in user did not upload the file
	 * @throws NotFoundException if the token is unknown or expired
	 */
	@Transactional
	public RegistryImportResult confirm(String token) throws IOException {
		CurrentUser user = requireImporter();
		RegistryImportTickets.Ticket ticket = tickets.ticket(token);
		if (!ticket.username().equals(user.username())) {
			throw new AccessDeniedException("Only the user who uploaded the file confirms its import");
		}
		if (confirmed.contains(token)) {
			throw BusinessRuleException.conflict("registry.io.error.alreadyConfirmed");
		}
		if (!confirming.add(token)) {
			throw BusinessRuleException.conflict("registry.io.error.confirming");
		}
		boolean released = false;
		long[] written = { 0 };
		try {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_COMMITTED) {
						confirmed.add(token);
						log.info("Import of {} committed {} ms after the writes", ticket.fileName(),
								(System.nanoTime() - written[0]) / 1_000_000);
					}
					confirming.remove(token);
				}
			});
			released = true;
			long started = System.nanoTime();
			var plan = checkStored(user, ticket);
			var result = new RegistryImportResult(plan.newProducers().size(), plan.products().size(),
					plan.reusedProducers().size());
			List<Producer> newProducers = new ArrayList<>(plan.newProducers());
			List<Product> newProducts = new ArrayList<>(plan.products());
			plan = null;
			long checked = System.nanoTime();
			try {
				AuditContext.withReason(report.text("registry.io.audit.reason", ticket.fileName()), () -> {
					write(producers, newProducers);
					write(products, newProducts);
				});
			}
			catch (PersistenceException | DataAccessException e) {
				log.warn("Import of {} by {} failed while writing: {}", ticket.fileName(), user.username(), e.toString());
				throw BusinessRuleException.conflict("registry.io.error.concurrent");
			}
			log.info("Import of {} confirmed by {}: {} producers, {} products (check {} ms, write {} ms)",
					ticket.fileName(), user.username(), result.producersCreated(), result.productsCreated(),
					(checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
			written[0] = System.nanoTime();
			return result;
		}
		finally {
			if (!released) {
				confirming.remove(token);
			}
		}
	}

	/** The name of the uploaded file of a preview, for pages; the same checks as {@link #confirm}. */
	public String fileName(String token) {
		CurrentUser user = requireImporter();
		RegistryImportTickets.Ticket ticket = tickets.ticket(token);
		if (!ticket.username().equals(user.username())) {
			throw new AccessDeniedException("Only the user who uploaded the file sees its import");
		}
		return ticket.fileName();
	}

	/**
	 * Writes the template: the header row, one example row, and a sheet "Danh mục" with the columns, legal forms,
	 * registration types and the product sets of Decision 1048/QĐ-TTg.
	 */
	public void writeTemplate(OutputStream out) throws IOException {
		new RegistryImportTemplate(criteria, messages, LocaleContextHolder.getLocale()).write(out);
	}

	// ------------------------------------------------------------------ internals

	/**
	 * Inserts new aggregates chunk by chunk, all in the current transaction: each chunk is persisted (its domain
	 * events published), flushed in JDBC batches and then let go of, so that neither the persistence context nor
	 * this list keeps a whole large file's records in memory until the commit.
	 */
	private void write(RegistryImportInserts repository, List<?> aggregates) {
		while (!aggregates.isEmpty()) {
			List<?> chunk = aggregates.subList(0, Math.min(WRITE_CHUNK, aggregates.size()));
			repository.saveAllNew(List.copyOf(chunk));
			entityManager.flush();
			entityManager.clear();
			chunk.clear();
		}
	}

	/** The plan of a stored file, checked again; the file's rows are not kept while the plan is written. */
	private RegistryImportCheck.Plan checkStored(CurrentUser user, RegistryImportTickets.Ticket ticket)
			throws IOException {
		byte[] content = tickets.content(ticket);
		var sheet = RegistryImportSheet.read(content, ticket.fileName(), MAX_ROWS);
		var plan = check(user, sheet);
		if (!plan.problems().isEmpty()) {
			throw report.refused(sheet, plan.problems());
		}
		return plan;
	}

	private RegistryImportCheck.Plan check(CurrentUser user, RegistryImportSheet sheet) {
		return new RegistryImportCheck(producers, products, cycles, access, units, criteria, validator, user,
				LocalDate.now(clock), clock.instant(), maxRowsAtOnce()).check(sheet);
	}

	/**
	 * The most rows this server imports in one transaction: a confirmed import keeps, until it commits, about
	 * {@link #BYTES_PER_ROW} per row, which may use at most 60 % of the heap; {@link #MAX_ROWS} in any case. With
	 * the documented default flags (-XX:MaxRAM=1g: a 256 MB heap) that is 12,000 rows; with a 1 GB heap, 50,000.
	 */
	static int maxRowsAtOnce() {
		long rows = Runtime.getRuntime().maxMemory() * 6 / 10 / BYTES_PER_ROW;
		return (int) Math.max(1_000, Math.min(MAX_ROWS, rows / 1_000 * 1_000));
	}

	/**
	 * The injected validator with its messages and constraints, minus the JPA traversable resolver: the details
	 * records are not entities, so asking the persistence provider whether each of their properties is loaded
	 * (for every row) is wasted work.
	 */
	private static Validator importValidator(Validator validator) {
		if (validator instanceof jakarta.validation.ValidatorFactory factory) {
			return factory.usingContext().traversableResolver(new jakarta.validation.TraversableResolver() {
				@Override
				public boolean isReachable(Object bean, jakarta.validation.Path.Node node, Class<?> rootType,
						jakarta.validation.Path path, java.lang.annotation.ElementType type) {
					return true;
				}

				@Override
				public boolean isCascadable(Object bean, jakarta.validation.Path.Node node, Class<?> rootType,
						jakarta.validation.Path path, java.lang.annotation.ElementType type) {
					return true;
				}
			}).getValidator();
		}
		return validator;
	}

	private CurrentUser requireImporter() {
		CurrentUser user = access.user();
		if (user.roles().stream().noneMatch(RegistryAccess.OFFICER_ROLES::contains)) {
			throw new AccessDeniedException("Only the provincial office and officers import");
		}
		return user;
	}

	private static String safeName(@Nullable String name) {
		String base = name == null ? "" : name.replaceAll("^.*[\\\\/]", "").replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
		if (base.isEmpty()) {
			base = "danh-sach.xlsx";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}
}
