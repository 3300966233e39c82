package vn.ocop.shared.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.ValueBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.ValueBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * A sort key kept as a binary doc value (a Lucene native field): {@code @NonStandardField(valueBinder =
 * @ValueBinderRef(type = SortKeyBinder.class))} on a {@code String} property, sorted with {@link #ascending}.
 * <p>
 * Why not a sortable keyword field: Lucene sorts a keyword by its term ordinals, and every time a hit enters the
 * top of a sorted search it copies the hit's term, which is a lookup in the compressed terms dictionary (on a
 * search that sorts by relevance and then by name, a good part of its time). A binary doc value is read where it
 * lies. The key compares as its UTF-8 bytes, like a keyword: one key can stand for several sort fields, e.g. a
 * name's {@link VietnameseAnalysis#sortForm sort form}, a {@code U+0000} and a slug sort as the name and then the
 * slug would.
 */
public final class SortKeyBinder implements ValueBinder {

	@Override
	public void bind(ValueBindingContext<?> context) {
		context.bridge(String.class, new Identity(), context.typeFactory().extension(LuceneExtension.get())
				.asNative(String.class, (path, value, fields) -> fields.accept(new BinaryDocValuesField(path,
						new BytesRef(value)))));
	}

	/** The sort, ascending by the bytes of the key, of a field bound with this binder. */
	public static SortField ascending(String field) {
		return new SortField(field, SortField.Type.STRING_VAL);
	}

	private static final class Identity implements ValueBridge<String, String> {

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			return value;
		}
	}
}
