package vn.ocop.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * Catalogue items as about two hundred bytes each (a list's item: no description, story, ingredients or packaging)
 * and back, for a store that keeps the whole catalogue's items ({@link CatalogueCache}). The texts that many items
 * share (legal form, product set and group, commune and district, unit, status: a few hundred values in a province)
 * are kept once, in this instance's table, and an item holds their numbers; what is the item's own (its address,
 * name, certificate, producer, price, stars, dates) is written out. The product's id is the key the item is kept
 * under and is not written. An item read back shares those texts with every other item instead of a copy each.
 * <p>
 * The table only grows: an instance belongs to one version of the catalogue (the store makes a new one with every
 * change), so what was renamed or removed goes with it. Past {@link #MAX_SHARED} values (texts that do not repeat
 * after all), further values are written out with each item. Safe for concurrent use: a value's number is given
 * once, and the bytes that hold it are published after it.
 */
final class CompactItems {

	/** Shared values kept at most (far above a country's product sets, groups and places). */
	static final int MAX_SHARED = 1 << 16;

	private static final int NULL = 0;
	private static final int INLINE = 1;
	private static final int SHARED = 2;

	private static final int PRICE = 1;
	private static final int PHOTO = 2;
	private static final int CERTIFIED = 4;
	private static final int VALID_UNTIL = 8;

	private final int maxShared;
	private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
	private volatile String[] values = new String[256];
	/** The values as UTF-8 ({@link #texts}), published before {@link #values}. */
	private volatile byte[][] utf8 = new byte[256][];
	private int size;

	CompactItems() {
		this(MAX_SHARED);
	}

	/** With at most {@code maxShared} shared values (further ones are written out with each item). */
	CompactItems(int maxShared) {
		this.maxShared = maxShared;
	}

	byte[] write(CatalogueItem item) {
		var out = new PackedBytes.Output(160);
		out.text(item.slug());
		out.text(item.name());
		out.text(item.certificateCode());
		out.signed(item.producerId().getMostSignificantBits());
		out.signed(item.producerId().getLeastSignificantBits());
		out.text(item.producerSlug());
		out.text(item.producerName());
		shared(out, item.legalForm());
		shared(out, item.productSetCode());
		shared(out, item.productSetName());
		shared(out, item.groupCode());
		shared(out, item.groupName());
		shared(out, item.communeCode());
		shared(out, item.communeName());
		shared(out, item.districtCode());
		shared(out, item.districtName());
		shared(out, item.unit());
		shared(out, item.certificateStatus());
		int flags = (item.priceVnd() != null ? PRICE : 0) | (item.hasPhoto() ? PHOTO : 0)
				| (item.certifiedOn() != null ? CERTIFIED : 0) | (item.validUntil() != null ? VALID_UNTIL : 0);
		out.number(flags);
		if (item.priceVnd() != null) {
			out.signed(item.priceVnd());
		}
		out.signed(item.stars());
		if (item.certifiedOn() != null) {
			out.signed(item.certifiedOn().toEpochDay());
		}
		if (item.validUntil() != null) {
			out.signed(item.validUntil().toEpochDay());
		}
		out.signed(item.refreshedAt().getEpochSecond());
		out.number(item.refreshedAt().getNano());
		return out.bytes();
	}

	/** The item of product {@code productId} written as {@code bytes} by this instance. */
	CatalogueItem read(UUID productId, byte[] bytes) {
		var in = new PackedBytes.Input(bytes, 0);
		String slug = in.text();
		String name = in.text();
		String certificateCode = in.text();
		UUID producerId = new UUID(in.signed(), in.signed());
		String producerSlug = in.text();
		String producerName = in.text();
		String legalForm = shared(in);
		String productSetCode = shared(in);
		String productSetName = shared(in);
		String groupCode = shared(in);
		String groupName = shared(in);
		String communeCode = shared(in);
		String communeName = shared(in);
		String districtCode = shared(in);
		String districtName = shared(in);
		String unit = shared(in);
		String status = shared(in);
		int flags = (int) in.number();
		Long price = (flags & PRICE) != 0 ? in.signed() : null;
		int stars = (int) in.signed();
		LocalDate certifiedOn = (flags & CERTIFIED) != 0 ? LocalDate.ofEpochDay(in.signed()) : null;
		LocalDate validUntil = (flags & VALID_UNTIL) != 0 ? LocalDate.ofEpochDay(in.signed()) : null;
		long seconds = in.signed();
		Instant refreshedAt = Instant.ofEpochSecond(seconds, in.number());
		return new CatalogueItem(productId, slug, name, null, null, null, null, unit, price, producerId, producerSlug,
				producerName, legalForm, productSetCode, productSetName, groupCode, groupName, communeCode, communeName,
				districtCode, districtName, certificateCode, status, stars, certifiedOn, validUntil,
				(flags & PHOTO) != 0, refreshedAt);
	}

	/**
	 * Fills {@code texts} with the texts of product {@code productId}'s item written as {@code bytes} by this
	 * instance: where they are in those bytes, or in this instance's table for shared ones; nothing is decoded.
	 */
	void texts(UUID productId, byte[] bytes, ItemTexts texts) {
		var in = new PackedBytes.Input(bytes, 0);
		text(in, texts, ItemTexts.Text.SLUG);
		text(in, texts, ItemTexts.Text.NAME);
		text(in, texts, ItemTexts.Text.CERTIFICATE_CODE);
		in.signed(); // the producer's id
		in.signed();
		skipText(in); // the producer's slug
		text(in, texts, ItemTexts.Text.PRODUCER_NAME);
		shared(in, texts, null); // legal form
		shared(in, texts, ItemTexts.Text.PRODUCT_SET_CODE);
		shared(in, texts, null); // product set's name
		shared(in, texts, null); // group
		shared(in, texts, null); // group's name
		shared(in, texts, null); // commune
		shared(in, texts, ItemTexts.Text.COMMUNE_NAME);
		shared(in, texts, null); // district
		shared(in, texts, ItemTexts.Text.DISTRICT_NAME);
		shared(in, texts, null); // unit
		shared(in, texts, null); // status
		int flags = (int) in.number();
		if ((flags & PRICE) != 0) {
			in.signed();
		}
		texts.item(productId, (int) in.signed(), (flags & PHOTO) != 0);
	}

	/**
	 * Gives {@code into} the group's code and name of the item written as {@code bytes} by this instance: values of
	 * this instance's table (decoded only if written inline); the rest is skipped, not decoded.
	 */
	void group(byte[] bytes, BiConsumer<@Nullable String, @Nullable String> into) {
		var in = new PackedBytes.Input(bytes, 0);
		skipText(in); // slug
		skipText(in); // name
		skipText(in); // certificate's code
		in.signed(); // the producer's id
		in.signed();
		skipText(in); // the producer's slug
		skipText(in); // the producer's name
		shared(in, null, null); // legal form
		shared(in, null, null); // product set
		shared(in, null, null); // product set's name
		String code = shared(in);
		into.accept(code, shared(in));
	}

	private static void text(PackedBytes.Input in, ItemTexts texts, ItemTexts.Text text) {
		int length = in.textLength();
		if (length < 0) {
			texts.set(text, null, 0, 0);
			return;
		}
		texts.set(text, in.bytes(), in.position(), length);
		in.skip(length);
	}

	private static void skipText(PackedBytes.Input in) {
		in.skip(Math.max(0, in.textLength()));
	}

	private void shared(PackedBytes.Input in, @Nullable ItemTexts texts, ItemTexts.@Nullable Text text) {
		long tag = in.number();
		if (tag == INLINE) {
			if (text == null) {
				skipText(in);
			}
			else {
				text(in, texts, text);
			}
			return;
		}
		if (text == null) {
			return;
		}
		if (tag == NULL) {
			texts.set(text, null, 0, 0);
			return;
		}
		byte[] value = utf8[(int) (tag - SHARED)];
		texts.set(text, value, 0, value.length);
	}

	/** Shared values kept (for tests). */
	int shared() {
		return numbers.size();
	}

	private void shared(PackedBytes.Output out, @Nullable String value) {
		if (value == null) {
			out.number(NULL);
			return;
		}
		Integer number = numbers.get(value);
		if (number == null && numbers.size() < maxShared) {
			number = numbers.computeIfAbsent(value, this::append);
		}
		if (number != null) {
			out.number(SHARED + (long) number);
		}
		else {
			out.number(INLINE);
			out.text(value);
		}
	}

	private @Nullable String shared(PackedBytes.Input in) {
		long tag = in.number();
		if (tag == NULL) {
			return null;
		}
		if (tag == INLINE) {
			return in.text();
		}
		return values[(int) (tag - SHARED)];
	}

	/** Gives {@code value} the next number (under the map's lock for this value: once per value). */
	private synchronized Integer append(String value) {
		String[] all = values;
		byte[][] allUtf8 = utf8;
		if (size == all.length) {
			all = Arrays.copyOf(all, all.length * 2);
			allUtf8 = Arrays.copyOf(allUtf8, all.length);
		}
		all[size] = value;
		allUtf8[size] = value.getBytes(StandardCharsets.UTF_8);
		utf8 = allUtf8;
		values = all;
		return size++;
	}
}
