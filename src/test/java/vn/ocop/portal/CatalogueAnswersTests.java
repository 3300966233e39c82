package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The answers kept by query: an answer is kept at its query's second asking (most searches of the public are asked
 * once), and none outlives a change of the catalogue.
 */
class CatalogueAnswersTests {

	final CatalogueCache cache = new CatalogueCache(new PortalSettings(null, new PortalSettings.Catalogue(10, 0L, 0), null));

	final AtomicInteger computed = new AtomicInteger();

	CatalogueResult ask(String q) {
		var key = new CatalogueCache.Key(new CatalogueQuery(q, null, null, null, null, null, 1, 24), false);
		return cache.get(key, () -> new CatalogueResult(computed.incrementAndGet(), List.of(), 1, 24, List.of()));
	}

	@Test
	void anAnswerIsKeptAtItsQuerysSecondAsking() {
		assertThat(ask("nuoc mam").total()).isEqualTo(1);
		assertThat(ask("nuoc mam").total()).isEqualTo(2); // asked once before: computed again, and kept now
		assertThat(ask("nuoc mam").total()).isEqualTo(2);
		assertThat(ask("mat ong").total()).isEqualTo(3);
		assertThat(computed).hasValue(3);
	}

	@Test
	void noAnswerOutlivesAChangeOfTheCatalogue() {
		ask("nuoc mam");
		ask("nuoc mam");
		cache.changed();
		assertThat(ask("nuoc mam").total()).isEqualTo(3);
	}
}
