package vn.ocop.portal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.shared.HeapSettling;

/**
 * Fills the store of items ({@link CatalogueCache#items}) with the whole catalogue once it is ready and again a
 * few seconds after each change of it (here or on another node), so that a search never reads the stored fields of
 * its hits: the items of a catalogue that changed are read once, in one pass over the index, instead of hit by hit
 * by the searches that follow the change. Until a pass is done, searches read what is not kept from the index, as
 * they would without it; a pass that a change overtakes is not kept and is run again.
 * <p>
 * The same pass reads the whole catalogue (the item store keeps at most its capacity) for the index of related
 * products ({@link RelatedProducts.Index}); then the entries' texts are read for the product pages
 * ({@link ProductPageReads#keepTexts}).
 */
@Component
class CatalogueItemPreload {

	private static final Logger log = LoggerFactory.getLogger(CatalogueItemPreload.class);
	private static final int BATCH = 1_000;

	private final CatalogueSearch search;
	private final CatalogueCache cache;
	private final RelatedProducts related;
	private final ProductPageReads pages;
	private final TransactionTemplate readOnly;
	private final HeapSettling heap;
	private volatile boolean ready;
	private volatile long loaded = -1;

	CatalogueItemPreload(CatalogueSearch search, CatalogueCache cache, RelatedProducts related,
			ProductPageReads pages, PlatformTransactionManager transactions, HeapSettling heap) {
		this.search = search;
		this.heap = heap;
		this.related = related;
		this.pages = pages;
		this.cache = cache;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** After the catalogue's own start ({@link CatalogueUpdater}, which may rebuild the index). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void ready() {
		ready = true;
		fillIfChanged();
	}

	/**
	 * One pass at a time: the scheduler's call that comes while the start's pass runs (on the main thread) waits
	 * for it and then finds the catalogue kept, instead of a second pass over every entry beside the first (twice
	 * the start's peak of heap, and twice the work).
	 */
	@Scheduled(fixedDelayString = "${ocop.portal.catalogue.item-preload-delay:PT5S}",
			initialDelayString = "${ocop.portal.catalogue.item-preload-delay:PT5S}")
	synchronized void fillIfChanged() {
		long generation = cache.generation();
		if (!ready || generation == loaded) {
			return;
		}
		// the pass holds the old catalogue's structures and the new ones at once: room for both while it runs
		heap.roomyWhile(() -> fill(generation));
	}

	private void fill(long generation) {
		long started = System.nanoTime();
		RelatedProducts.Index index = keepItems(generation);
		if (index == null || cache.generation() != generation) {
			return;
		}
		related.use(index);
		// the product pages' texts, read after the items they complete (a read-only transaction: a database may
		// then stream the rows); the index's builder is gone by then (a method of its own: an interpreted frame
		// keeps its locals reachable), ~15-20 MB at 100,000 entries off the live heap's high point at start
		readOnly.executeWithoutResult(tx -> pages.keepTexts(generation));
		loaded = generation;
		log.debug("Catalogue items kept in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/** Keeps the items of the catalogue at {@code generation} and builds the index of related products from them. */
	private RelatedProducts.@Nullable Index keepItems(long generation) {
		int capacity = cache.itemCapacity();
		var index = new RelatedProducts.Index.Builder();
		int[] kept = { 0 };
		readOnly.execute(tx -> search.eachItem(BATCH, Integer.MAX_VALUE, items -> {
			if (kept[0] < capacity) {
				int taking = Math.min(items.size(), capacity - kept[0]);
				cache.keep(items.subList(0, taking), generation);
				kept[0] += taking;
			}
			index.add(items);
		}));
		return cache.generation() == generation ? index.build(generation) : null;
	}
}
