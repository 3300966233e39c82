package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

import vn.ocop.shared.HeapSettling;

/** The pass over the whole catalogue runs once at a time: a scheduled call during the start's pass waits for it. */
class CatalogueItemPreloadTests {

	@Test
	void shouldNotRunASecondPassBesideTheStartsPass() throws Exception {
		var search = mock(CatalogueSearch.class);
		var cache = mock(CatalogueCache.class);
		doReturn(1L).when(cache).generation();
		doReturn(0).when(cache).itemCapacity();
		var passes = new AtomicInteger();
		var inPass = new CountDownLatch(1);
		var finish = new CountDownLatch(1);
		doAnswer(call -> {
			passes.incrementAndGet();
			inPass.countDown();
			finish.await(10, TimeUnit.SECONDS);
			return 0;
		}).when(search).eachItem(anyInt(), anyInt(), any());
		var heap = mock(HeapSettling.class);
		doAnswer(call -> {
			call.<Runnable>getArgument(0).run();
			return null;
		}).when(heap).roomyWhile(any());
		var preload = new CatalogueItemPreload(search, cache, mock(RelatedProducts.class),
				mock(ProductPageReads.class), mock(PlatformTransactionManager.class), heap);

		var start = new Thread(preload::ready);
		start.start();
		assertThat(inPass.await(10, TimeUnit.SECONDS)).isTrue();
		// the scheduler's call comes while the start's pass runs
		var scheduled = new Thread(preload::fillIfChanged);
		scheduled.start();
		scheduled.join(300);
		finish.countDown();
		start.join(10_000);
		scheduled.join(10_000);

		assertThat(passes).hasValue(1);
		preload.fillIfChanged();
		assertThat(passes).hasValue(1);
	}
}
