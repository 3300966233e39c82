package vn.ocop.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.lucene.search.FieldExistsQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.CertificateDowngraded;
import vn.ocop.certification.CertificateExpired;
import vn.ocop.certification.CertificateInForce;
import vn.ocop.certification.CertificateIssued;
import vn.ocop.certification.CertificateRevoked;
import vn.ocop.certification.CertificateStatus;
import vn.ocop.certification.CertificateVerification;
import vn.ocop.content.Slugs;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProducerDescribed;
import vn.ocop.registry.ProductDescribed;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.ocop.geography.UnitAt;

/**
 * Keeps the catalogue in step with its sources. Certification events change an entry as soon as they are committed:
 * an issued certificate adds (or, after a re-evaluation, replaces) the product's entry, a downgrade lowers its stars,
 * expiry and revocation take it out. A full reconciliation against the certificates in force and the registry's
 * current descriptions (names, stories, prices change there without an event) runs at start when the catalogue is
 * empty and then every {@code ocop.portal.catalogue.refresh-interval} (default one hour).
 */
@Component
class CatalogueUpdater {

	private static final Logger log = LoggerFactory.getLogger(CatalogueUpdater.class);
	static final int SLUG_WORDS_MAX = 80;
	private static final int CHUNK = 500;

	private final CatalogueEntries entries;
	private final CertificateVerification verification;
	private final ProductLifecycle lifecycle;
	private final CriteriaApi criteria;
	private final GeographyApi geography;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final CatalogueCache cache;

	@PersistenceContext
	private EntityManager entityManager;

	CatalogueUpdater(CatalogueEntries entries, CertificateVerification verification, ProductLifecycle lifecycle,
			CriteriaApi criteria, GeographyApi geography, PlatformTransactionManager transactionManager, Clock clock,
			CatalogueCache cache) {
		this.cache = cache;
		this.entries = entries;
		this.verification = verification;
		this.lifecycle = lifecycle;
		this.criteria = criteria;
		this.geography = geography;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CertificateIssued event) {
		changedAfterCommit();
		boolean photo = verification.photo(event.code()).isPresent();
		put(new CertificateInForce(event.code(), event.productId(), event.producerId(), event.stars(),
				CertificateStatus.VALID, event.validFrom(), event.validUntil(), photo), new Lookups());
	}

	@ApplicationModuleListener
	void on(CertificateDowngraded event) {
		changedAfterCommit();
		entries.findById(event.productId()).filter(e -> e.getCertificateCode().equals(event.code())).ifPresent(e -> {
			CatalogueSource s = e.source();
			e.take(new CatalogueSource(s.slug(), s.name(), s.description(), s.story(), s.ingredients(), s.packaging(),
					s.unit(), s.priceVnd(), s.producerId(), s.producerSlug(), s.producerName(), s.legalForm(),
					s.productSetCode(), s.productSetName(), s.groupCode(), s.groupName(), s.communeCode(),
					s.communeName(), s.districtCode(), s.districtName(), s.certificateCode(),
					CertificateStatus.DOWNGRADED.name(), event.toStars(), s.certifiedOn(), s.validUntil(), s.hasPhoto()),
					clock.instant());
		});
	}

	@ApplicationModuleListener
	void on(CertificateExpired event) {
		changedAfterCommit();
		remove(event.productId(), event.code());
	}

	@ApplicationModuleListener
	void on(CertificateRevoked event) {
		changedAfterCommit();
		remove(event.productId(), event.code());
	}

	/** A certified product's name, story or place was edited in the registry: its entry shows it at once. */
	@ApplicationModuleListener
	void on(ProductDescribed event) {
		refresh(entries.findById(event.productId()).map(List::of).orElse(List.of()));
	}

	/** A producer was edited: the entries of its certified products show its new name and place. */
	@ApplicationModuleListener
	void on(ProducerDescribed event) {
		refresh(entries.findByProducerId(event.producerId()));
	}

	/** The entries read again from the registry, with the certificate each already shows. */
	private void refresh(List<CatalogueEntry> stale) {
		if (stale.isEmpty()) {
			return;
		}
		changedAfterCommit();
		putAll(stale.stream().map(e -> {
			CatalogueSource s = e.source();
			return new CertificateInForce(s.certificateCode(), e.getProductId(), s.producerId(), s.stars(),
					CertificateStatus.valueOf(s.certificateStatus()), s.certifiedOn(), s.validUntil(), s.hasPhoto());
		}).toList(), new Lookups());
	}

	/** At start: the index rebuilt if it lost documents, the catalogue rebuilt from its sources if it is empty. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void atStart() {
		reindexIfOutOfStep();
		if (transactions.execute(tx -> entries.count()) == 0) {
			reconcile();
		}
	}

	@Scheduled(initialDelayString = "${ocop.portal.catalogue.refresh-interval:PT1H}",
			fixedDelayString = "${ocop.portal.catalogue.refresh-interval:PT1H}")
	@SchedulerLock(name = "catalogue-reconciliation") // once per cluster (see vn.ocop.shared.cluster)
	void scheduled() {
		reconcile();
	}

	/**
	 * Brings the catalogue in line with the certificates in force and the registry: entries added, changed and
	 * removed as needed; the number of entries changed.
	 */
	int reconcile() {
		long started = System.nanoTime();
		List<CertificateInForce> inForce = verification.inForce();
		Map<UUID, CertificateInForce> byProduct = new HashMap<>();
		for (CertificateInForce c : inForce) {
			byProduct.merge(c.productId(), c, (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
		}
		int changed = 0;
		List<UUID> stale = transactions.execute(tx -> entries.findAll().stream()
				.filter(e -> {
					CertificateInForce c = byProduct.get(e.getProductId());
					return c == null || !c.code().equals(e.getCertificateCode());
				})
				.map(CatalogueEntry::getProductId).toList());
		if (stale != null && !stale.isEmpty()) {
			transactions.executeWithoutResult(tx -> entries.deleteAllById(stale));
			changed += stale.size();
		}
		List<CertificateInForce> all = new ArrayList<>(byProduct.values());
		Lookups lookups = new Lookups();
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<CertificateInForce> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			Integer n = transactions.execute(tx -> putAll(chunk, lookups));
			changed += n == null ? 0 : n;
		}
		if (changed > 0) {
			cache.changed();
		}
		log.info("Catalogue reconciled: {} certificates in force, {} entries changed in {} ms", all.size(), changed,
				(System.nanoTime() - started) / 1_000_000);
		return changed;
	}

	/** Cached answers are dropped once the listener's transaction commits. */
	private void changedAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				cache.changed();
			}
		});
	}

	private void remove(UUID productId, String code) {
		entries.findById(productId).filter(e -> e.getCertificateCode().equals(code)).ifPresent(entries::delete);
	}

	private void put(CertificateInForce certificate, Lookups lookups) {
		putAll(List.of(certificate), lookups);
	}

	private int putAll(List<CertificateInForce> certificates, Lookups lookups) {
		Map<UUID, ProductSummary> products = lifecycle.summaries(certificates.stream().map(CertificateInForce::productId).toList());
		Map<UUID, CatalogueEntry> existing = new HashMap<>();
		entries.findAllById(products.keySet()).forEach(e -> existing.put(e.getProductId(), e));
		int changed = 0;
		for (CertificateInForce c : certificates) {
			ProductSummary product = products.get(c.productId());
			if (product == null) {
				continue;
			}
			CatalogueSource source = source(product, c, lookups);
			CatalogueEntry entry = existing.get(c.productId());
			if (entry == null) {
				// a renewal keeps the same product; another product can never hold the certificate's code
				entries.findByCertificateCode(c.code()).ifPresent(entries::delete);
				entry = new CatalogueEntry(c.productId());
				entry.take(source, clock.instant());
				entries.save(entry);
				changed++;
			}
			else if (entry.take(source, clock.instant())) {
				changed++;
			}
		}
		return changed;
	}

	private CatalogueSource source(ProductSummary p, CertificateInForce c, Lookups lookups) {
		ProducerSummary producer = lookups.producers.computeIfAbsent(p.producerId(), lifecycle::producer);
		Optional<ProductSet> set = lookups.sets.computeIfAbsent(p.productSetCode(), criteria::productSet);
		List<Unit> lineage = lookups.lineages.computeIfAbsent(p.unitAt(), geography::lineage);
		String communeName = lineage.isEmpty() ? p.communeCode() : lineage.get(0).name();
		Unit district = lineage.stream().filter(u -> u.level() == UnitLevel.DISTRICT).findFirst().orElse(null);
		String slug = Slugs.of(p.name(), SLUG_WORDS_MAX) + "-" + p.id().toString().substring(0, 8);
		String producerSlug = Slugs.of(producer.name(), SLUG_WORDS_MAX) + "-" + producer.id().toString().substring(0, 8);
		return new CatalogueSource(slug, p.name(), p.description(), p.story(), p.ingredients(), p.packaging(),
				p.unit(), p.priceVnd(), producer.id(), producerSlug, producer.name(), producer.legalForm().name(),
				p.productSetCode(), set.map(ProductSet::name).orElse(p.productSetCode()),
				set.map(ProductSet::groupCode).orElse(p.productSetCode()),
				set.map(ProductSet::groupName).orElse(p.productSetCode()), p.communeCode(), communeName,
				district == null ? null : district.code(), district == null ? null : district.name(), c.code(),
				c.status().name(), c.stars(), c.validFrom(), c.validUntil(), c.hasPhoto());
	}

	/** Rebuilds the catalogue index when it does not hold as many documents as the table has rows. */
	private void reindexIfOutOfStep() {
		transactions.executeWithoutResult(tx -> {
			var session = Search.session(entityManager);
			long rows = entries.count();
			long documents = session.search(CatalogueEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
			// documents of an earlier layout of the index lack its newest field (the order key)
			long current = session.search(CatalogueEntry.class).where(f -> f.extension(LuceneExtension.get())
					.fromLuceneQuery(new FieldExistsQuery(CatalogueEntry.ORDER_KEY))).fetchTotalHitCount();
			if (rows == documents && documents == current) {
				return;
			}
			log.info("Catalogue index out of step ({} rows, {} documents, {} of the current layout): rebuilding",
					rows, documents, current);
			try {
				// merged into one segment at the end: every search works per segment (term lookups, fuzzy
				// automata, collectors), and a rebuilt index otherwise keeps the several segments of its writers
				session.massIndexer(CatalogueEntry.class).mergeSegmentsOnFinish(true).startAndWait();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while rebuilding the catalogue index", e);
			}
		});
	}

	/** Answers of the source modules kept for one run. */
	private static final class Lookups {
		final Map<UUID, ProducerSummary> producers = new HashMap<>();
		final Map<String, Optional<ProductSet>> sets = new HashMap<>();
		final Map<UnitAt, List<Unit>> lineages = new HashMap<>();
	}

}
