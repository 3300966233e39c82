package vn.ocop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A key counts as repeated at its second asking, once, and nothing counts when no key is remembered. */
class RepeatedKeysTests {

	@Test
	void aKeyIsRepeatedAtItsSecondAskingAndThenForgotten() {
		var keys = new RepeatedKeys<String>(10);
		assertThat(keys.repeated("nuoc mam")).isFalse();
		assertThat(keys.repeated("keo cu do")).isFalse();
		assertThat(keys.repeated("nuoc mam")).isTrue();
		// what was kept at the second asking stands for it from then on: a third asking starts over
		assertThat(keys.repeated("nuoc mam")).isFalse();
		assertThat(keys.repeated("keo cu do")).isTrue();
	}

	@Test
	void withoutRoomNoKeyIsEverRepeated() {
		var keys = new RepeatedKeys<String>(0);
		for (int i = 0; i < 3; i++) {
			assertThat(keys.repeated("nuoc mam")).isFalse();
		}
	}

	@Test
	void theKeysRememberedAreBounded() {
		var keys = new RepeatedKeys<Integer>(100);
		for (int i = 0; i < 10_000; i++) {
			keys.repeated(i);
		}
		assertThat(keys.remembered()).isEqualTo(100);
	}
}
