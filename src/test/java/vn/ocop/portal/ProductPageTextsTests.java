package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The product pages' texts kept per version of the catalogue: every product found by its slug with its texts, none
 * of them mixed up, and nothing answered that cannot be told here (a slug not kept, an item not kept, an item kept
 * from an index older than the entry).
 */
class ProductPageTextsTests {

	private static final Instant CHANGED = Instant.parse("2026-12-05T03:04:05.123456Z");

	static CatalogueItem listItem(int i, Instant refreshedAt) {
		return new CatalogueItem(new UUID(i % 7, i), "san-pham-" + i, "Sản phẩm " + i, null, null, null, null, "chai",
				1_000L * i, UUID.randomUUID(), "hop-tac-xa", "Hợp tác xã", "COOPERATIVE", "TP-01", "Thực phẩm", "G1",
				"Nông sản", "18001", "Xã Đức Lĩnh", null, null, "HT-" + i, "VALID", 3, null, null, false,
				refreshedAt);
	}

	@Test
	void everyProductIsFoundByItsSlugWithItsOwnTexts() {
		var builder = new ProductPageTexts.Builder();
		Map<UUID, CatalogueItem> kept = new HashMap<>();
		String longStory = "Câu chuyện ★ dài. ".repeat(70_000); // over a chunk of its own (1 MB)
		int n = 5_000;
		for (int i = 0; i < n; i++) {
			// the index keeps the time to the millisecond
			CatalogueItem item = listItem(i, CHANGED.plusSeconds(i).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
			kept.put(item.productId(), item);
			builder.add(item.productId(), item.slug(), CHANGED.plusSeconds(i), i % 3 == 0 ? null : "Mô tả " + i,
					i == 1234 ? longStory : i % 5 == 0 ? "Chuyện " + i : null, i % 2 == 0 ? "Thành phần " + i : null,
					i % 7 == 0 ? null : "Hộp " + i);
		}
		ProductPageTexts texts = builder.build(42);
		assertThat(texts.generation()).isEqualTo(42);
		assertThat(texts.size()).isEqualTo(n);
		for (int i = 0; i < n; i++) {
			CatalogueItem found = texts.find("san-pham-" + i, kept::get);
			CatalogueItem item = kept.get(new UUID(i % 7, i));
			assertThat(found).isEqualTo(new CatalogueItem(item.productId(), item.slug(), item.name(),
					i % 3 == 0 ? null : "Mô tả " + i, i == 1234 ? longStory : i % 5 == 0 ? "Chuyện " + i : null,
					i % 2 == 0 ? "Thành phần " + i : null, i % 7 == 0 ? null : "Hộp " + i, item.unit(),
					item.priceVnd(), item.producerId(), item.producerSlug(), item.producerName(), item.legalForm(),
					item.productSetCode(), item.productSetName(), item.groupCode(), item.groupName(),
					item.communeCode(), item.communeName(), item.districtCode(), item.districtName(),
					item.certificateCode(), item.certificateStatus(), item.stars(), item.certifiedOn(),
					item.validUntil(), item.hasPhoto(), CHANGED.plusSeconds(i)));
		}
		assertThat(texts.find("san-pham-" + n, kept::get)).isNull();
		assertThat(texts.find("", kept::get)).isNull();
	}

	@Test
	void nothingIsAnsweredThatCannotBeToldHere() {
		var builder = new ProductPageTexts.Builder();
		CatalogueItem a = listItem(1, CHANGED);
		CatalogueItem b = listItem(2, CHANGED);
		builder.add(a.productId(), a.slug(), CHANGED, "A", null, null, null);
		builder.add(b.productId(), b.slug(), CHANGED, "B", null, null, null);
		ProductPageTexts texts = builder.build(1);
		// the item is not kept
		assertThat(texts.find(a.slug(), id -> null)).isNull();
		// kept from an index older than the entry (another change since)
		assertThat(texts.find(a.slug(), id -> listItem(1, CHANGED.minusSeconds(60)))).isNull();
		// the item kept under that id has another slug (renamed): not this product
		assertThat(texts.find(b.slug(), id -> id.equals(b.productId()) ? listItem(3, CHANGED) : null)).isNull();
		assertThat(texts.find(b.slug(), id -> id.equals(b.productId()) ? b : null)).extracting(CatalogueItem::description)
				.isEqualTo("B");
		assertThat(new ProductPageTexts.Builder().build(0).find("x", id -> a)).isNull();
	}
}
