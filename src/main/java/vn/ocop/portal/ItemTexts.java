package vn.ocop.portal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The texts of one item of a page as UTF-8, where the catalogue keeps them, for a writer that copies them out as
 * they are (the public API's JSON): an item read from the catalogue's store is not decoded into strings only to
 * be encoded again (under the public node's compiler, the two were a sixth of an API request's CPU and half of its
 * garbage). A cursor, filled item after item by {@link CatalogueResult#texts}: what it points to is valid until it
 * is filled again, and never to be changed.
 */
public final class ItemTexts {

	/** The texts an item's list entry shows (the API's JSON, a card of the catalogue's page). */
	public enum Text {
		SLUG, NAME, CERTIFICATE_CODE, PRODUCER_NAME, PRODUCT_SET_CODE, COMMUNE_NAME, DISTRICT_NAME
	}

	private static final int TEXTS = Text.values().length;

	private final byte[] @Nullable [] bytes = new byte[TEXTS][];
	private final int[] offset = new int[TEXTS];
	private final int[] length = new int[TEXTS];
	private @Nullable UUID productId;
	private int stars;
	private boolean hasPhoto;

	public UUID productId() {
		if (productId == null) {
			throw new IllegalStateException("no item yet");
		}
		return productId;
	}

	public int stars() {
		return stars;
	}

	/** Whether the item has a photo ({@link CatalogueItem#photoPath}). */
	public boolean hasPhoto() {
		return hasPhoto;
	}

	/** The bytes that hold the text from {@link #offset} on ({@code null}: the item has none). */
	public byte @Nullable [] bytes(Text text) {
		return bytes[text.ordinal()];
	}

	public int offset(Text text) {
		return offset[text.ordinal()];
	}

	public int length(Text text) {
		return length[text.ordinal()];
	}

	void item(UUID productId, int stars, boolean hasPhoto) {
		this.productId = productId;
		this.stars = stars;
		this.hasPhoto = hasPhoto;
	}

	void set(Text text, byte @Nullable [] source, int from, int size) {
		bytes[text.ordinal()] = source;
		offset[text.ordinal()] = from;
		length[text.ordinal()] = size;
	}

	/** Filled from an item that is not kept as bytes (the texts encoded). */
	public void of(CatalogueItem item) {
		item(item.productId(), item.stars(), item.hasPhoto());
		set(Text.SLUG, item.slug());
		set(Text.NAME, item.name());
		set(Text.CERTIFICATE_CODE, item.certificateCode());
		set(Text.PRODUCER_NAME, item.producerName());
		set(Text.PRODUCT_SET_CODE, item.productSetCode());
		set(Text.COMMUNE_NAME, item.communeName());
		set(Text.DISTRICT_NAME, item.districtName());
	}

	private void set(Text text, @Nullable String value) {
		byte[] utf8 = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
		set(text, utf8, 0, utf8 == null ? 0 : utf8.length);
	}
}
