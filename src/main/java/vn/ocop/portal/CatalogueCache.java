package vn.ocop.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Catalogue answers by query, dropped all at once whenever the catalogue changes ({@link CatalogueUpdater} calls
 * {@link #changed()} after each committed change). An answer computed while a change was being committed is not
 * kept (a generation counter guards the gap). Bounded: least recently used answers go first. One instance: with
 * several application instances each keeps its own and learns of changes through its own listener.
 */
@Component
class CatalogueCache {

	private final int capacity;
	private final AtomicLong generation = new AtomicLong();
	private final Map<CatalogueQuery, CatalogueResult> answers;

	CatalogueCache(@Value("${ocop.portal.catalogue.cache-size:2000}") int capacity) {
		this.capacity = capacity;
		this.answers = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<CatalogueQuery, CatalogueResult> eldest) {
				return size() > CatalogueCache.this.capacity;
			}
		});
	}

	CatalogueResult get(CatalogueQuery query, Supplier<CatalogueResult> compute) {
		if (capacity <= 0) {
			return compute.get();
		}
		CatalogueResult cached = answers.get(query);
		if (cached != null) {
			return cached;
		}
		long before = generation.get();
		CatalogueResult computed = compute.get();
		if (generation.get() == before) {
			answers.put(query, computed);
		}
		return computed;
	}

	/** The catalogue changed: every kept answer is dropped. */
	void changed() {
		generation.incrementAndGet();
		answers.clear();
	}
}
