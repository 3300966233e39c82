package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The items a search shows, kept by product id as compact bytes: read back equal, in the order asked, loaded only
 * when not kept, dropped when the catalogue changes, and not kept when it changed while they were loaded.
 */
class CatalogueItemStoreTests {

	static CatalogueItem item(String name, Long price, String district) {
		UUID id = UUID.randomUUID();
		return new CatalogueItem(id, "slug-" + id, name, null, null, null, null, price == null ? null : "chai", price,
				UUID.randomUUID(), "hop-tac-xa", "Hợp tác xã Đức Lĩnh", "COOPERATIVE", "TP-01", "Thực phẩm tươi sống",
				"G1", "Nông sản", "18001", "Xã Đức Lĩnh", district, district == null ? null : "Huyện Vũ Quang",
				"HT-2026-0001", "VALID", 4, LocalDate.of(2026, 5, 22), LocalDate.of(2029, 5, 21), true,
				Instant.parse("2026-12-05T03:04:05.123456789Z"));
	}

	@Test
	void itemsComeBackAsTheyWereWrittenWithTheirEmptyFields() {
		var compact = new CompactItems();
		var full = item("Mật ong Vũ Quang — đặc biệt", 250_000L, "436");
		var bare = item("Kẹo cu đơ", null, null);
		assertThat(compact.read(full.productId(), compact.write(full))).isEqualTo(full);
		assertThat(compact.read(bare.productId(), compact.write(bare))).isEqualTo(bare);
		assertThat(compact.write(full).length).isLessThan(200); // slug 41, name 35, code 12, producer 16 + 10 + 24
	}

	@Test
	void whatItemsShareIsKeptOnceAndWrittenOutWhenTheTableIsFull() {
		var compact = new CompactItems();
		var a = item("Mật ong", 250_000L, "436");
		var b = item("Kẹo cu đơ", 30_000L, "436");
		byte[] bytesA = compact.write(a);
		int shared = compact.shared();
		byte[] bytesB = compact.write(b);
		assertThat(compact.shared()).isEqualTo(shared); // the same legal form, set, group, place, unit and status
		CatalogueItem readA = compact.read(a.productId(), bytesA);
		CatalogueItem readB = compact.read(b.productId(), bytesB);
		assertThat(readB).isEqualTo(b);
		assertThat(readB.groupName()).isSameAs(readA.groupName());
		assertThat(readB.districtName()).isSameAs(readA.districtName());

		var full = new CompactItems(2);
		byte[] first = full.write(a);
		byte[] second = full.write(b);
		assertThat(full.shared()).isEqualTo(2);
		assertThat(first.length).isGreaterThan(compact.write(a).length); // the texts after the first two written out
		assertThat(full.read(a.productId(), first)).isEqualTo(a);
		assertThat(full.read(b.productId(), second)).isEqualTo(b);
		var odd = new CatalogueItem(UUID.randomUUID(), "s", "n", null, null, null, null, null, -5L, UUID.randomUUID(),
				"p", "P", "HOUSEHOLD", "TP", "T", "G", "N", "1", "X", null, null, "C", "VALID", 3, null, null, false,
				Instant.ofEpochSecond(-1, 7));
		assertThat(full.read(odd.productId(), full.write(odd))).isEqualTo(odd);
		assertThat(compact.read(odd.productId(), compact.write(odd))).isEqualTo(odd);
	}

	/** Each text of {@code texts} as a string (null: none), with the id, stars and whether it has a photo. */
	private static List<Object> texts(ItemTexts texts) {
		List<Object> all = new ArrayList<>(List.of(texts.productId(), texts.stars(), texts.hasPhoto()));
		for (ItemTexts.Text text : ItemTexts.Text.values()) {
			byte[] bytes = texts.bytes(text);
			all.add(bytes == null ? "(none)"
					: new String(bytes, texts.offset(text), texts.length(text), java.nio.charset.StandardCharsets.UTF_8));
		}
		return all;
	}

	private static List<Object> encoded(CatalogueItem item) {
		var texts = new ItemTexts();
		texts.of(item);
		return texts(texts);
	}

	@Test
	void theTextsOfKeptItemsAreThoseOfTheItemsAsWrittenSharedOrNot() {
		var a = item("Mật ong Vũ Quang — \"đặc biệt\" 🍯", 250_000L, "436");
		var b = item("Kẹo cu đơ", null, null);
		var odd = new CatalogueItem(UUID.randomUUID(), "s", "n", null, null, null, null, null, -5L, UUID.randomUUID(),
				"p", "P\\Q\n", "HOUSEHOLD", "TP", "T", "G", "N", "1", "X", null, null, "C", "VALID", 1, null, null,
				false, Instant.ofEpochSecond(-1, 7));
		assertThat(encoded(a)).containsExactly(a.productId(), 4, true, a.slug(), a.name(), "HT-2026-0001",
				"Hợp tác xã Đức Lĩnh", "TP-01", "Xã Đức Lĩnh", "Huyện Vũ Quang");
		assertThat(encoded(b)).endsWith("Xã Đức Lĩnh", "(none)");
		// a table with room for everything shared, and one full after two values (the rest written out)
		for (var compact : List.of(new CompactItems(), new CompactItems(2))) {
			var texts = new ItemTexts();
			for (CatalogueItem item : List.of(a, b, odd, a)) {
				compact.texts(item.productId(), compact.write(item), texts);
				assertThat(texts(texts)).isEqualTo(encoded(item));
				// the group's code and name, read without decoding the item
				List<String> group = new java.util.ArrayList<>();
				compact.group(compact.write(item), (code, name) -> {
					group.add(code);
					group.add(name);
				});
				assertThat(group).containsExactly(item.groupCode(), item.groupName());
			}
		}
	}

	@Test
	void aPageGivesTheTextsOfKeptAndOfLoadedItemsAlike() {
		var cache = new CatalogueCache(new PortalSettings(null, new PortalSettings.Catalogue(0, 0L, 10), null));
		var a = item("Nước mắm Lộc Hà", 1L, null);
		var b = item("Cam bù Hương Sơn", 2L, "436");
		Map<UUID, CatalogueItem> index = Map.of(a.productId(), a, b.productId(), b);
		Function<java.util.Collection<UUID>, Map<UUID, CatalogueItem>> load = ids -> ids.stream()
			.filter(index::containsKey)
			.collect(Collectors.toMap(id -> id, index::get));
		cache.items(List.of(a.productId()), load); // a kept, b not yet
		List<CatalogueItem> page = cache.items(List.of(b.productId(), UUID.randomUUID(), a.productId()), load);
		assertThat(page).containsExactly(b, a);
		var result = new CatalogueResult(2, page, 1, 24, List.of());
		var texts = new ItemTexts();
		result.texts(0, texts);
		assertThat(texts(texts)).isEqualTo(encoded(b));
		result.texts(1, texts);
		assertThat(texts(texts)).isEqualTo(encoded(a));
		// the groups of a page's items in order, kept or loaded
		Map<String, String> groups = new java.util.LinkedHashMap<>();
		((PageItems) page).groups(groups::put);
		assertThat(groups).containsExactly(Map.entry(b.groupCode(), b.groupName()));
	}

	@Test
	void keptItemsAreNotLoadedAgainUntilTheCatalogueChanges() {
		var cache = new CatalogueCache(new PortalSettings(null, new PortalSettings.Catalogue(0, 0L, 10), null));
		var a = item("A", 1L, null);
		var b = item("B", 2L, "436");
		var c = item("C", 3L, null);
		Map<UUID, CatalogueItem> index = List.of(a, b, c).stream()
				.collect(Collectors.toMap(CatalogueItem::productId, i -> i));
		List<UUID> loads = new ArrayList<>();
		Function<java.util.Collection<UUID>, Map<UUID, CatalogueItem>> load = ids -> {
			loads.addAll(ids);
			return ids.stream().filter(index::containsKey).collect(Collectors.toMap(id -> id, index::get));
		};
		UUID gone = UUID.randomUUID();
		assertThat(cache.items(List.of(c.productId(), gone, a.productId()), load)).containsExactly(c, a);
		assertThat(loads).containsExactlyInAnyOrder(c.productId(), gone, a.productId());
		loads.clear();
		assertThat(cache.items(List.of(a.productId(), b.productId(), c.productId()), load)).containsExactly(a, b, c);
		assertThat(loads).containsExactly(b.productId());
		loads.clear();
		cache.changed();
		assertThat(cache.items(List.of(a.productId()), load)).containsExactly(a);
		assertThat(loads).containsExactly(a.productId());
	}

	@Test
	void itemsLoadedWhileTheCatalogueChangedAreNotKept() {
		var cache = new CatalogueCache(new PortalSettings(null, new PortalSettings.Catalogue(0, 0L, 10), null));
		var a = item("A", 1L, null);
		List<UUID> loads = new ArrayList<>();
		Function<java.util.Collection<UUID>, Map<UUID, CatalogueItem>> changing = ids -> {
			loads.addAll(ids);
			cache.changed();
			return Map.of(a.productId(), a);
		};
		assertThat(cache.items(List.of(a.productId()), changing)).containsExactly(a);
		assertThat(cache.items(List.of(a.productId()), changing)).containsExactly(a);
		assertThat(loads).hasSize(2);
	}

	@Test
	void theTableOfIdsKeepsItsCapacityAndFindsEveryItemItKept() throws Exception {
		var kept = new CatalogueCache.KeptItems(3_000);
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			ids.add(i % 7 == 0 ? new UUID(i, 0) : UUID.randomUUID()); // ids alike in their high or low bits too
		}
		// a reader alongside the writer finds each item either not yet kept or whole
		var reader = new Thread(() -> {
			for (int round = 0; round < 20; round++) {
				for (int i = 0; i < ids.size(); i++) {
					byte[] bytes = kept.get(ids.get(i));
					if (bytes != null && (bytes.length != 1 + i % 5 || bytes[0] != (byte) i)) {
						throw new AssertionError("item " + i);
					}
				}
			}
		});
		var failed = new java.util.concurrent.atomic.AtomicReference<Throwable>();
		reader.setUncaughtExceptionHandler((t, e) -> failed.set(e));
		reader.start();
		for (int i = 0; i < ids.size(); i++) {
			byte[] bytes = new byte[1 + i % 5];
			bytes[0] = (byte) i;
			kept.put(ids.get(i), bytes);
		}
		reader.join();
		assertThat(failed.get()).isNull();
		assertThat(kept.size()).isEqualTo(3_000);
		for (int i = 0; i < ids.size(); i++) {
			byte[] bytes = kept.get(ids.get(i));
			if (i < 3_000) {
				assertThat(bytes).hasSize(1 + i % 5).startsWith((byte) i);
			}
			else {
				assertThat(bytes).isNull();
			}
		}
		kept.put(ids.get(0), new byte[] { 42 });
		kept.put(UUID.randomUUID(), new byte[] { 43 });
		assertThat(kept.get(ids.get(0))).containsExactly(42);
		assertThat(kept.size()).isEqualTo(3_000);
		assertThat(new CatalogueCache.KeptItems(0).get(ids.get(0))).isNull();
	}
}
