package vn.ocop.shared.cluster;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far a node has followed the change feed. Sequence numbers are taken in one order and committed in a slightly
 * different one (two transactions committing at the same moment), so a number missing below the highest one seen
 * may still appear: it is kept as a gap and looked for again until it shows up or has been missing for
 * {@code gapTimeoutMillis} (a transaction that rolled back leaves its numbers unused for ever). Not thread-safe.
 */
final class FeedPosition {

	private final long gapTimeoutMillis;
	private long highest;
	private final TreeMap<Long, Long> gaps = new TreeMap<>();

	FeedPosition(long start, long gapTimeoutMillis) {
		this.highest = start;
		this.gapTimeoutMillis = gapTimeoutMillis;
	}

	/** The sequence number after which to read: below the oldest open gap, or the highest seen. */
	long readAfter() {
		return gaps.isEmpty() ? highest : Math.min(gaps.firstKey() - 1, highest);
	}

	/** The position to keep across restarts: every number up to it has been seen or given up. */
	long durable() {
		return readAfter();
	}

	/**
	 * Takes a row read from the feed; true if it was not seen before (it is to be applied), false for a row read
	 * again while looking for a gap below it.
	 */
	boolean accept(long seq, long nowMillis) {
		if (seq > highest) {
			for (long missing = highest + 1; missing < seq; missing++) {
				gaps.put(missing, nowMillis);
			}
			highest = seq;
			return true;
		}
		return gaps.remove(seq) != null;
	}

	/** Gives up the gaps missing for longer than the timeout. */
	void expire(long nowMillis) {
		for (Iterator<Map.Entry<Long, Long>> it = gaps.entrySet().iterator(); it.hasNext();) {
			if (nowMillis - it.next().getValue() > gapTimeoutMillis) {
				it.remove();
			}
		}
	}

	int openGaps() {
		return gaps.size();
	}
}
