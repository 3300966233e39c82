package vn.ocop.portal;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * The items of a page as the catalogue's store keeps them: each one decoded at its first reading only, and its
 * texts given as they are kept to a writer that copies them out ({@link #texts}, the public API). An item that
 * was not kept (read from the index) is held decoded. Safe to share once built: an item decoded twice at once is
 * the same value either way, and a record is safely published through its final fields.
 */
final class PageItems extends AbstractList<CatalogueItem> implements RandomAccess {

	private final UUID[] ids;
	private final byte[] @Nullable [] kept;
	private final @Nullable CatalogueItem[] decoded;
	private final CompactItems compact;

	/** {@code kept[i]} the bytes of item {@code i} written by {@code compact}, or {@code decoded[i]} the item. */
	PageItems(UUID[] ids, byte[] @Nullable [] kept, @Nullable CatalogueItem[] decoded, CompactItems compact) {
		this.ids = ids;
		this.kept = kept;
		this.decoded = decoded;
		this.compact = compact;
	}

	@Override
	public CatalogueItem get(int index) {
		CatalogueItem item = decoded[index];
		if (item == null) {
			byte[] bytes = kept[index];
			if (bytes == null) {
				throw new IllegalStateException("item " + index + " neither kept nor read");
			}
			item = compact.read(ids[index], bytes);
			decoded[index] = item;
		}
		return item;
	}

	@Override
	public int size() {
		return ids.length;
	}

	/**
	 * Gives {@code into} the group's code and name of every item, in order, without decoding the items (a page's
	 * facets name the groups as its items do).
	 */
	void groups(BiConsumer<@Nullable String, @Nullable String> into) {
		for (int index = 0; index < ids.length; index++) {
			byte[] bytes = kept[index];
			if (bytes != null && decoded[index] == null) {
				compact.group(bytes, into);
			}
			else {
				CatalogueItem item = get(index);
				into.accept(item.groupCode(), item.groupName());
			}
		}
	}

	/** Fills {@code texts} with item {@code index}'s texts. */
	void texts(int index, ItemTexts texts) {
		byte[] bytes = kept[index];
		if (bytes != null) {
			compact.texts(ids[index], bytes, texts);
		}
		else {
			texts.of(get(index));
		}
	}
}
