package vn.ocop.shared;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.jspecify.annotations.Nullable;
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
 * Work that needs far more heap for a while (the catalogue's pass over every entry after a change) runs in
 * {@link #roomyWhile}: the start's ratios meanwhile, so that the heap grows in a few steps instead of one full
 * collection per few MB, and the tight ones again after it (the next full collection shrinks the heap back).
 * <p>
 * The price is more full collections under load: at 100,000 entries and 50 clients without pause, one every ~10 s
 * (~200 ms each) instead of one or two in a run of every public mode; RSS after that run 482 MB against 538 MB
 * (README, issue 19, session 17). {@code ocop.memory.settle-heap=false} turns it off (the tests do: many
 * application contexts share one JVM).
 */
@Component
public class HeapSettling {

	private static final Logger log = LoggerFactory.getLogger(HeapSettling.class);

	static final String MIN_FREE = "MinHeapFreeRatio";
	static final String MAX_FREE = "MaxHeapFreeRatio";

	private final boolean enabled;
	private final int minFree;
	private final int maxFree;
	private final @Nullable HotSpotDiagnosticMXBean diagnostics = ManagementFactory
		.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
	/** The ratios the JVM started with (its defaults or the command line's), for the start and roomy work. */
	private final int roomyMin;
	private final int roomyMax;
	/** Whether the tight ratios were taken; guarded by this. */
	private boolean settled;
	/** Work running in {@link #roomyWhile}; guarded by this. */
	private int roomy;

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
		this.roomyMin = diagnostics == null ? 40 : Integer.parseInt(diagnostics.getVMOption(MIN_FREE).getValue());
		this.roomyMax = diagnostics == null ? 70 : Integer.parseInt(diagnostics.getVMOption(MAX_FREE).getValue());
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
		synchronized (this) {
			if (roomy == 0 && !ratios(minFree, maxFree)) {
				return false;
			}
			settled = true;
		}
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long before = memory.getHeapMemoryUsage().getCommitted();
		System.gc();
		var after = memory.getHeapMemoryUsage();
		log.info("Heap settled after the start: {} MB committed before, {} MB now ({} MB in use), {}-{} % kept free",
				before >> 20, after.getCommitted() >> 20, after.getUsed() >> 20, minFree, maxFree);
		return true;
	}

	/**
	 * Runs {@code work}, which needs far more heap for a while, with the ratios the JVM started with; the tight ones
	 * again after it (when no other such work runs), if the heap had settled.
	 */
	public void roomyWhile(Runnable work) {
		synchronized (this) {
			if (roomy++ == 0 && settled && ratios(roomyMin, roomyMax)) {
				log.debug("Heap ratios {}-{} % while work that needs more heap runs", roomyMin, roomyMax);
			}
		}
		try {
			work.run();
		}
		finally {
			synchronized (this) {
				if (--roomy == 0 && settled && ratios(minFree, maxFree)) {
					log.debug("Heap ratios {}-{} % again", minFree, maxFree);
				}
			}
		}
	}

	/** Sets both ratios in the order that keeps the minimum at most the maximum; whether the JVM took them. */
	private boolean ratios(int min, int max) {
		if (diagnostics == null) {
			return false;
		}
		try {
			if (min <= Integer.parseInt(diagnostics.getVMOption(MAX_FREE).getValue())) {
				diagnostics.setVMOption(MIN_FREE, Integer.toString(min));
				diagnostics.setVMOption(MAX_FREE, Integer.toString(max));
			}
			else {
				diagnostics.setVMOption(MAX_FREE, Integer.toString(max));
				diagnostics.setVMOption(MIN_FREE, Integer.toString(min));
			}
			return true;
		}
		catch (IllegalArgumentException | SecurityException e) {
			log.info("Heap ratios left as they are: {}", e.getMessage());
			return false;
		}
	}
}
