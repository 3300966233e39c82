package vn.ocop.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Following the feed when sequence numbers commit out of order or never. */
class FeedPositionTests {

	@Test
	void rowsInOrderMoveThePositionOn() {
		var position = new FeedPosition(10, 30_000);
		assertThat(position.accept(11, 0)).isTrue();
		assertThat(position.accept(12, 0)).isTrue();
		assertThat(position.readAfter()).isEqualTo(12);
		assertThat(position.accept(12, 0)).as("read again").isFalse();
	}

	@Test
	void aNumberCommittedLateIsStillApplied() {
		var position = new FeedPosition(10, 30_000);
		assertThat(position.accept(12, 0)).isTrue(); // 11 is still being committed
		assertThat(position.readAfter()).as("looks again from below the gap").isEqualTo(10);
		assertThat(position.durable()).isEqualTo(10);
		assertThat(position.accept(12, 1)).as("12 read again").isFalse();
		assertThat(position.accept(11, 1)).as("11 committed late").isTrue();
		assertThat(position.readAfter()).isEqualTo(12);
		assertThat(position.openGaps()).isZero();
	}

	@Test
	void aNumberThatNeverCommitsIsGivenUpAfterTheTimeout() {
		var position = new FeedPosition(10, 30_000);
		position.accept(13, 1_000);
		assertThat(position.openGaps()).isEqualTo(2);
		position.expire(20_000);
		assertThat(position.readAfter()).isEqualTo(10);
		position.expire(31_001);
		assertThat(position.openGaps()).isZero();
		assertThat(position.readAfter()).isEqualTo(13);
	}
}
