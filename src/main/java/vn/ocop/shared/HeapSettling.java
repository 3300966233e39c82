package vn.ocop.shared;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Once the node has started, hands back the heap its start needed and from then on keeps the heap close to what
 * lives in it (issue 19, the memory of a public node).
 * <p>
 * The start needs far more heap than the node does afterwards: the catalogue's first pass (the item store, the
 * related products, the product pages' texts) peaks at ~165 MB live at 100,000 entries, against ~140 MB once it is
 * done. With the JVM's default ratios the collector sizes the old generation at 40–70 % free, so that peak left the
 * whole 256 MB heap committed, and a heap the collector has filled once stays resident. Tight ratios from the first
 * second instead made the start run ~35 full collections (each grew the heap by a few MB only). So the start keeps
 * the defaults, and when the application is ready (after {@code ApplicationReadyEvent}'s other listeners, the
 * catalogue's first pass among them) this sets {@code MinHeapFreeRatio}/{@code MaxHeapFreeRatio} (manageable flags
 * of HotSpot) to {@code ocop.memory.min-heap-free-ratio}/{@code ocop.memory.max-heap-free-ratio} (5 and 10 %) and
 * runs one full collection, which shrinks the heap to the live set plus that margin. Later full collections size
 * it the same way: it grows again when more lives (up to {@code -Xmx}), and shrinks when less does. With
 * {@code -XX:-ShrinkHeapInSteps} (the production flags) a shrink is done at once instead of over four collections.
 * <p>
 * The price is more full collections under load: at 100,000 entries and 50 clients without pause, one every ~10 s
 * (~200 ms each) instead of one or two in a run of every public mode; RSS after that run 482 MB against 538 MB
 * (README, issue 19, session 17). {@code ocop.memory.settle-heap=false} turns it off (the tests do: many
 * application contexts share one JVM).
 */
@Component
class HeapSettling {

	private static final Logger log = LoggerFactory.getLogger(HeapSettling.class);

	static final String MIN_FREE = "MinHeapFreeRatio";
	static final String MAX_FREE = "MaxHeapFreeRatio";

	private final boolean enabled;
	private final int minFree;
	private final int maxFree;

	HeapSettling(@Value("${ocop.memory.settle-heap:true}") boolean enabled,
			@Value("${ocop.memory.min-heap-free-ratio:5}") int minFree,
			@Value("${ocop.memory.max-heap-free-ratio:10}") int maxFree) {
		if (minFree < 0 || maxFree > 100 || minFree > maxFree) {
			throw new IllegalArgumentException("ocop.memory.min-heap-free-ratio (" + minFree
					+ ") and max-heap-free-ratio (" + maxFree + ") must satisfy 0 <= min <= max <= 100");
		}
		this.enabled = enabled;
		this.minFree = minFree;
		this.maxFree = maxFree;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void applicationReady() {
		if (enabled) {
			settle();
		}
	}

	/** Sets the ratios and collects once; whether the JVM took the ratios. */
	boolean settle() {
		var diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		if (diagnostics == null) {
			return false;
		}
		try {
			// the minimum first: it may not exceed the maximum at any moment, and the maximum not go below it
			if (minFree <= Integer.parseInt(diagnostics.getVMOption(MAX_FREE).getValue())) {
				diagnostics.setVMOption(MIN_FREE, Integer.toString(minFree));
				diagnostics.setVMOption(MAX_FREE, Integer.toString(maxFree));
			} else {
				diagnostics.setVMOption(MAX_FREE, Integer.toString(maxFree));
				diagnostics.setVMOption(MIN_FREE, Integer.toString(minFree));
			}
		} catch (IllegalArgumentException | SecurityException e) {
			log.info("Heap ratios left as they are: {}", e.getMessage());
			return false;
		}
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = memory.getHeapMemoryUsage().getCommitted();
		System.gc();
		var after = memory.getHeapMemoryUsage();
		log.info("Heap settled after the start: {} MB committed before, {} MB now ({} MB in use), {}-{} % kept free",
				before >> 20, after.getCommitted() >> 20, after.getUsed() >> 20, minFree, maxFree);
		return true;
	}
}
