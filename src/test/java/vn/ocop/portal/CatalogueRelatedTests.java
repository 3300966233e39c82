package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The related products of a product page, asked in widening rings (RelatedProducts#related), are exactly the best
 * by the stated weights — group 3, producer 2, district 1, commune 1, a tenth of a point per star, then the name —
 * computed here by brute force over a catalogue of products that only relate to each other; and the same from the
 * index of related products in memory.
 */
@SpringBootTest
@ActiveProfiles("test")
class CatalogueRelatedTests {

	@Autowired
	RelatedProducts related;

	@Autowired
	CatalogueEntries entries;

	@Autowired
	CatalogueItemPreload preload;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void shouldFindTheBestRelatedProductsByTheStatedWeights() throws Exception {
		String token = Long.toString(System.nanoTime(), 36);
		Random random = new Random(42);
		List<UUID> producers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID());
		List<CatalogueEntry> saved = new ArrayList<>();
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 90; i++) {
				int district = random.nextInt(3);
				String commune = "ZC" + token + district + random.nextInt(3);
				var entry = new CatalogueEntry(UUID.randomUUID());
				String name = "Related %03d %s".formatted(random.nextInt(1000), token);
				entry.take(new CatalogueSource("related-" + token + "-" + i, name, null, null, null, null, null, null,
						producers.get(random.nextInt(producers.size())), "p-" + token, "Producer " + token, "COOPERATIVE",
						"ZS", "Set", "ZG" + token + random.nextInt(4), "Group", commune, "Commune",
						district == 2 ? null : "ZD" + token + district, "District", "ZZ-" + token + "-" + i,
						"VALID", 3 + random.nextInt(3), LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1), false),
						Instant.now());
				saved.add(entries.save(entry));
			}
		});
		try {
			List<CatalogueItem> items = saved.stream().map(CatalogueEntry::toItem).toList();
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			// the index is written after the commit: wait until every product related to the first is found (ten
			// of them were not enough: the others could still be on their way, and the rankings below wrong)
			int relatedToFirst = expected(items, items.get(0), 100).size();
			while (related(items.get(0), 100, RelatedProducts.Ring.ANY).size() < relatedToFirst
					&& System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			int rings = 0;
			for (CatalogueItem item : items) {
				List<String> expected = expected(items, item, 4).stream().map(CatalogueItem::slug).toList();
				assertThat(related(item, 4, null).stream().map(CatalogueItem::slug).toList())
						.as("related of %s", item.slug()).isEqualTo(expected);
				if (related(item, 4, RelatedProducts.Ring.SAME_GROUP_AND_COMMUNE).size() == 4) {
					rings++;
				}
			}
			// the narrow ring answers most pages on its own (else the test would not test the rings)
			assertThat(rings).isGreaterThan(10);

			// the index in memory gives the same answers, with few or many asked
			var index = RelatedProducts.Index.of(0, items);
			for (CatalogueItem item : items) {
				for (int limit : new int[] { 4, 20 }) {
					assertThat(index.related(item, limit)).as("related of %s", item.slug())
							.isEqualTo(expected(items, item, limit).stream().map(CatalogueItem::productId).toList());
				}
			}
			// and answers the product pages once the whole catalogue was read after its last change
			preload.fillIfChanged();
			assertThat(related.indexed()).isTrue();
			for (CatalogueItem item : items) {
				assertThat(related(item, 4, null)).as("related of %s", item.slug())
						.isEqualTo(expected(items, item, 4));
			}
		}
		finally {
			transactions.executeWithoutResult(status -> entries.deleteAll(entries.findAllById(
					saved.stream().map(CatalogueEntry::getProductId).toList())));
		}
	}

	/** The related products (in the widening rings when {@code ring} is null), in a read-only transaction. */
	private List<CatalogueItem> related(CatalogueItem item, int limit, RelatedProducts.@org.jspecify.annotations.Nullable Ring ring) {
		return transactions.execute(status -> ring == null ? related.related(item, limit)
				: related.related(item, limit, ring));
	}

	/** The best {@code limit} related products of {@code item} by brute force. */
	private static List<CatalogueItem> expected(List<CatalogueItem> items, CatalogueItem item, int limit) {
		return items.stream().filter(o -> !o.productId().equals(item.productId()))
				.filter(o -> weight(item, o) >= 1)
				.sorted(Comparator.comparingDouble((CatalogueItem o) -> -weight(item, o) - o.stars() / 10.0)
						.thenComparing(CatalogueItem::name).thenComparing(CatalogueItem::slug))
				.limit(limit).toList();
	}

	private static int weight(CatalogueItem item, CatalogueItem other) {
		int weight = 0;
		weight += item.groupCode().equals(other.groupCode()) ? 3 : 0;
		weight += item.producerId().equals(other.producerId()) ? 2 : 0;
		weight += item.districtCode() != null && item.districtCode().equals(other.districtCode()) ? 1 : 0;
		weight += item.communeCode().equals(other.communeCode()) ? 1 : 0;
		return weight;
	}
}
