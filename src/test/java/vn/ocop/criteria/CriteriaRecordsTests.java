package vn.ocop.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * What the criteria module stores, plain: a published scorecard keeps its product set, version and the first
 * session's use; a draft is revised as a whole, keeping who started it; a product set reads back as it was stored.
 */
class CriteriaRecordsTests {

	static final Instant MARCH = Instant.parse("2026-03-01T02:00:00Z");

	static Scorecard scorecard() throws IOException {
		return new ScorecardParser(code -> code.equals(ScorecardParserTests.R1048.code()) ? ScorecardParserTests.R1048
				: null).parse(ScorecardParserTests.real());
	}

	@Test
	void shouldKeepAPublishedScorecardsEarliestUse() throws IOException {
		var entry = new ScorecardEntry(scorecard(), "{}", ScorecardEntry.Origin.SHIPPED, MARCH, "system");
		assertThat(entry.getCode()).isEqualTo("1048-01");
		assertThat(entry.getVersion()).isEqualTo(1);
		assertThat(entry.getFirstUsedAt()).isNull();

		entry.usedAt(MARCH.plusSeconds(60));
		entry.usedAt(MARCH.plusSeconds(3600));
		assertThat(entry.getFirstUsedAt()).isEqualTo(MARCH.plusSeconds(60));
		entry.usedAt(MARCH);
		assertThat(entry.getFirstUsedAt()).isEqualTo(MARCH);
	}

	@Test
	void shouldBackfillTheProductSetAndVersionOfAnOldRow() throws IOException {
		Scorecard parsed = scorecard();
		var entry = new ScorecardEntry(parsed, "{}", ScorecardEntry.Origin.UPLOADED, MARCH, "admin");

		entry.backfill(parsed);

		assertThat(entry.getProductSetCode()).isEqualTo(parsed.productSetCode());
		assertThat(entry.getVersion()).isEqualTo(parsed.version());
		assertThat(entry.getOrigin()).isEqualTo(ScorecardEntry.Origin.UPLOADED);
	}

	@Test
	void shouldReviseADraftAsAWholeKeepingWhoStartedIt() {
		var set = new ProductSet("26-2026-01", "26/2026/QĐ-TTg", "Rau, củ, quả, hạt tươi", "N1", "Nhóm", "S1", "Ngành",
				"Bộ Nông nghiệp và Môi trường");
		var draft = new ScorecardDraft(set, null, "{\"a\":1}", MARCH, "admin");

		draft.revise("{\"a\":2}", MARCH.plusSeconds(60), "editor");

		assertThat(draft.getSourceJson()).isEqualTo("{\"a\":2}");
		assertThat(draft.getProductSetCode()).isEqualTo("26-2026-01");
		assertThat(draft.getRegulationCode()).isEqualTo("26/2026/QĐ-TTg");
		assertThat(draft.getCreatedBy()).isEqualTo("admin");
		assertThat(draft.getCreatedAt()).isEqualTo(MARCH);
		assertThat(draft.getUpdatedBy()).isEqualTo("editor");
		assertThat(draft.getUpdatedAt()).isEqualTo(MARCH.plusSeconds(60));
		assertThat(draft.getBasedOn()).isNull();
	}

	@Test
	void shouldReadAProductSetBackAsStored() {
		var set = new ProductSet("148-09", "148/QĐ-TTg", "Tương, nước mắm", "N2", "Gia vị", "S1", "Thực phẩm",
				"Bộ Nông nghiệp và Môi trường");

		assertThat(new ProductSetEntry(set).toProductSet()).isEqualTo(set);
	}

	@Test
	void shouldShortenALongNameToACodeOfAtMost32Characters() {
		String name = "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch";
		assertThat(PublishedScorecards.shortCode("Thực phẩm")).isEqualTo("Thực phẩm");
		assertThat(PublishedScorecards.shortCode(name)).hasSizeLessThanOrEqualTo(32).isEqualTo(PublishedScorecards.shortCode(name));
	}
}
