package vn.ocop.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A bounded memory of the keys asked once, to keep what was computed for a key only at its second asking: most
 * searches of the public are asked once, and keeping each of their answers only pushes out another and makes the
 * heap bigger (issue 19). The keys remembered are bounded in number (Caffeine: the least useful go first), so a
 * key asked again long after may count as asked once.
 *
 * @param <K> the keys (with value equality)
 */
public final class RepeatedKeys<K> {

	private final Cache<K, Boolean> askedOnce;
	private final boolean remembers;

	/** Remembers at most {@code capacity} keys asked once (none when 0 or less: no key is ever repeated). */
	public RepeatedKeys(long capacity) {
		this.askedOnce = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).build();
		this.remembers = capacity > 0;
	}

	/**
	 * Whether the key was asked once before (it is then forgotten: what is kept for it now stands for it);
	 * otherwise it is remembered as asked once.
	 */
	public boolean repeated(K key) {
		if (!remembers) {
			return false;
		}
		if (askedOnce.asMap().remove(key) != null) {
			return true;
		}
		askedOnce.put(key, Boolean.TRUE);
		return false;
	}

	/** The keys remembered as asked once (for tests). */
	long remembered() {
		askedOnce.cleanUp();
		return askedOnce.estimatedSize();
	}
}
