package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The kept lists of the catalogue's columns give back exactly the documents they were made of, however kept, and a
 * sparse one block by block as well.
 */
class CatalogueKeptListsTests {

	@Test
	void aSparseListIsKeptAsGapsAndReadBackWhole() {
		var bits = new FixedBitSet(3_000_000);
		// the first document, gaps of one, two and three bytes and more, the last document
		for (int doc : new int[] { 0, 1, 2, 130, 20_000, 20_001, 2_500_000, 2_999_999 }) {
			bits.set(doc);
		}
		var kept = CatalogueColumns.Kept.of(bits);
		assertThat(kept.bits()).isNull();
		assertThat(kept.gaps()).isNotNull();
		assertThat(kept.bytes()).isLessThan(8 * 4);
		assertThat(readBack(kept, bits.length())).isEqualTo(bits);
	}

	@Test
	void aDenseListIsKeptAsItsBits() {
		var bits = new FixedBitSet(1000);
		for (int doc = 0; doc < 1000; doc += 10) {
			bits.set(doc);
		}
		var kept = CatalogueColumns.Kept.of(bits);
		assertThat(kept.bits()).isSameAs(bits);
		assertThat(readBack(kept, 1000)).isEqualTo(bits);
	}

	@Test
	void anEmptyListIsKeptAsNothing() {
		assertThat(CatalogueColumns.Kept.of(new FixedBitSet(100))).isSameAs(CatalogueColumns.Kept.NONE);
		assertThat(CatalogueColumns.Kept.of(null)).isSameAs(CatalogueColumns.Kept.NONE);
	}

	@Test
	void randomListsOfEveryDensityComeBackUnchanged() {
		var random = new Random(19);
		for (int round = 0; round < 200; round++) {
			int maxDoc = 1 + random.nextInt(200_000);
			var bits = documents(random, maxDoc, random.nextInt(Math.max(1, maxDoc / (1 + random.nextInt(200)))));
			var kept = CatalogueColumns.Kept.of(bits);
			assertThat(readBack(kept, maxDoc)).as("round %d", round).isEqualTo(bits);
		}
	}

	@Test
	void aSparseListGivesItsBlocksInOrderSkippingSome() {
		var random = new Random(23);
		for (int round = 0; round < 200; round++) {
			int maxDoc = 1 + random.nextInt(200_000);
			var bits = documents(random, maxDoc, 1 + random.nextInt(Math.max(1, maxDoc / 64)));
			var kept = CatalogueColumns.Kept.of(bits);
			if (kept.gaps() == null) {
				continue;
			}
			var blocks = kept.blocks();
			long[] words = bits.getBits();
			// blocks asked in increasing order, some skipped (as the matcher skips blocks without matches)
			for (int block = 0; block < words.length + 2; block += 1 + random.nextInt(3)) {
				long expected = block < words.length ? words[block] : 0L;
				assertThat(blocks.word(block)).as("round %d, block %d", round, block).isEqualTo(expected);
			}
		}
	}

	@Test
	void aListSetsItsDocumentsOfARangeOfWordsOnly() {
		var random = new Random(29);
		for (int round = 0; round < 200; round++) {
			int maxDoc = 1 + random.nextInt(200_000);
			// sparse and dense lists alike
			var bits = documents(random, maxDoc, random.nextInt(Math.max(1, maxDoc / (1 + random.nextInt(100)))));
			var kept = CatalogueColumns.Kept.of(bits);
			long[] words = bits.getBits();
			int from = random.nextInt(words.length);
			int to = from + random.nextInt(words.length - from + 1);
			long[] into = new long[words.length];
			into[0] = 1L; // what is there already stays, inside the range or not
			kept.orInto(into, from, to);
			for (int word = 0; word < words.length; word++) {
				long expected = (word >= from && word < to ? words[word] : 0L) | (word == 0 ? 1L : 0L);
				assertThat(into[word]).as("round %d, word %d of %d to %d", round, word, from, to).isEqualTo(expected);
			}
		}
	}

	/** {@code count} documents drawn at random (some twice) among {@code maxDoc}. */
	private static FixedBitSet documents(Random random, int maxDoc, int count) {
		var bits = new FixedBitSet(maxDoc);
		for (int i = 0; i < count; i++) {
			bits.set(random.nextInt(maxDoc));
		}
		return bits;
	}

	private static FixedBitSet readBack(CatalogueColumns.Kept kept, int maxDoc) {
		var into = new FixedBitSet(maxDoc);
		kept.orInto(into);
		return into;
	}
}
