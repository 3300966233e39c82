package vn.ocop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.management.HotSpotDiagnosticMXBean;

/** The heap's ratios are set on the running JVM (and put back after each test: the suite shares the JVM). */
class HeapSettlingTests {

	HotSpotDiagnosticMXBean diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

	String min;
	String max;

	@BeforeEach
	void remember() {
		min = value(HeapSettling.MIN_FREE);
		max = value(HeapSettling.MAX_FREE);
	}

	@AfterEach
	void putBack() {
		// the order that keeps min <= max at every step, from whatever the test left
		if (Integer.parseInt(min) <= Integer.parseInt(value(HeapSettling.MAX_FREE))) {
			diagnostics.setVMOption(HeapSettling.MIN_FREE, min);
			diagnostics.setVMOption(HeapSettling.MAX_FREE, max);
		} else {
			diagnostics.setVMOption(HeapSettling.MAX_FREE, max);
			diagnostics.setVMOption(HeapSettling.MIN_FREE, min);
		}
	}

	@Test
	void shouldSetTheRatiosOfTheRunningJvmAndCollect() {
		assertThat(new HeapSettling(true, 5, 10).settle()).isTrue();
		assertThat(value(HeapSettling.MIN_FREE)).isEqualTo("5");
		assertThat(value(HeapSettling.MAX_FREE)).isEqualTo("10");

		// and back up, above the ratios just set: the maximum goes first then
		assertThat(new HeapSettling(true, 30, 60).settle()).isTrue();
		assertThat(value(HeapSettling.MIN_FREE)).isEqualTo("30");
		assertThat(value(HeapSettling.MAX_FREE)).isEqualTo("60");
	}

	@Test
	void shouldGiveWorkThatNeedsMoreHeapTheStartsRatiosMeanwhile() {
		var heap = new HeapSettling(true, 5, 10);
		String[] during = new String[2];
		// before the heap settled (the start's own pass): the ratios stay the start's
		heap.roomyWhile(() -> during[0] = value(HeapSettling.MIN_FREE));
		assertThat(during[0]).isEqualTo(min);
		assertThat(value(HeapSettling.MIN_FREE)).isEqualTo(min);

		assertThat(heap.settle()).isTrue();
		heap.roomyWhile(() -> {
			during[0] = value(HeapSettling.MIN_FREE);
			during[1] = value(HeapSettling.MAX_FREE);
			// nested work keeps them roomy until the outer one ends
			heap.roomyWhile(() -> { });
			assertThat(value(HeapSettling.MIN_FREE)).isEqualTo(min);
		});
		assertThat(during).containsExactly(min, max);
		assertThat(value(HeapSettling.MIN_FREE)).isEqualTo("5");
		assertThat(value(HeapSettling.MAX_FREE)).isEqualTo("10");

		// tight again even when the work fails
		assertThatThrownBy(() -> heap.roomyWhile(() -> {
			throw new IllegalStateException("failed pass");
		})).hasMessage("failed pass");
		assertThat(value(HeapSettling.MIN_FREE)).isEqualTo("5");
	}

	@Test
	void shouldLeaveTheJvmAloneWhenTurnedOff() {
		new HeapSettling(false, 5, 10).applicationReady();
		assertThat(value(HeapSettling.MIN_FREE)).isEqualTo(min);
		assertThat(value(HeapSettling.MAX_FREE)).isEqualTo(max);
	}

	@Test
	void shouldRefuseRatiosThatContradictEachOther() {
		assertThatThrownBy(() -> new HeapSettling(true, 20, 10)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("min-heap-free-ratio");
		assertThatThrownBy(() -> new HeapSettling(true, -1, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new HeapSettling(true, 10, 101)).isInstanceOf(IllegalArgumentException.class);
	}

	private String value(String option) {
		return diagnostics.getVMOption(option).getValue();
	}
}
