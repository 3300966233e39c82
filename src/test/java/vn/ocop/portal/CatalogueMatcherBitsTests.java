package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The matcher's own count of a word's trailing zeros gives what {@link Long#numberOfTrailingZeros} gives. */
class CatalogueMatcherBitsTests {

	@Test
	void theLowestBitOfEveryWordIsFound() {
		for (int bit = 0; bit < 64; bit++) {
			assertThat(CatalogueMatcher.lowestBit(1L << bit)).as("bit %d alone", bit).isEqualTo(bit);
			assertThat(CatalogueMatcher.lowestBit(-1L << bit)).as("bits from %d on", bit).isEqualTo(bit);
		}
		var random = new Random(16);
		for (int i = 0; i < 100_000; i++) {
			long word = random.nextLong() << random.nextInt(64);
			if (word != 0) {
				assertThat(CatalogueMatcher.lowestBit(word)).isEqualTo(Long.numberOfTrailingZeros(word));
			}
		}
	}
}
