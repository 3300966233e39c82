package vn.ocop.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.ocop.geography.UnitLevel;

/**
 * A commune's or district's monthly report without Spring: a correction is a new current version that keeps the
 * unit, month and lateness, the replaced version stays as superseded and is never corrected again, and long texts
 * are cut to what the columns hold.
 */
class UnitReportTests {

	static final Instant NOW = Instant.parse("2024-04-05T03:00:00Z");
	static final LocalDate DUE = LocalDate.of(2024, 4, 5);

	@Test
	void shouldCorrectTheCurrentVersionIntoANewOneAndKeepTheOldAsSuperseded() {
		var first = new UnitReport("18322", "Xã Đức Lĩnh", UnitLevel.COMMUNE, YearMonth.of(2024, 3), 1,
				content(10, "Thiếu vốn"), null, true, NOW, "commune");
		var second = first.correct(content(12, "  "), "  Sai số hộ  ", NOW.plusSeconds(3600), "district");

		var old = first.toView(DUE);
		assertThat(old.current()).isFalse();
		assertThat(old.status()).isEqualTo("SUPERSEDED");
		assertThat(old.producersReported()).isEqualTo(10);
		var now = second.toView(DUE);
		assertThat(now.current()).isTrue();
		assertThat(now.status()).isEqualTo("SUBMITTED");
		assertThat(now.version()).isEqualTo(2);
		assertThat(now.unitCode()).isEqualTo("18322");
		assertThat(now.period()).isEqualTo("2024-03");
		assertThat(now.late()).isTrue();
		assertThat(now.producersReported()).isEqualTo(12);
		assertThat(now.difficulties()).isNull();
		assertThat(now.correctionReason()).isEqualTo("Sai số hộ");
		assertThat(now.submittedBy()).isEqualTo("district");
		assertThat(now.submittedAt()).isEqualTo(NOW.plusSeconds(3600));
		assertThat(now.id()).isNotEqualTo(old.id());

		assertThatThrownBy(() -> first.correct(content(1, null), "lần nữa", NOW, "commune"))
				.isInstanceOf(IllegalStateException.class);
		assertThat(second.correct(content(13, null), "lần ba", NOW, "commune").toView(DUE).version()).isEqualTo(3);
	}

	@Test
	void shouldCutLongTextsToWhatTheColumnsHold() {
		var report = new UnitReport("441", "Huyện Vũ Quang", UnitLevel.DISTRICT, YearMonth.of(2024, 3), 1,
				new UnitReport.Content(5, 5, BigDecimal.TEN, 1_000_000L, 20, "d".repeat(4500), "s".repeat(2001),
						" " + "p".repeat(10) + " ", null),
				null, false, NOW, "district");
		var view = report.toView(DUE);
		assertThat(view.difficulties()).hasSize(4000);
		assertThat(view.strengths()).hasSize(2000);
		assertThat(view.problems()).isEqualTo("p".repeat(10));
		assertThat(view.proposals()).isNull();
		assertThat(view.correctionReason()).isNull();
		assertThat(view.dueOn()).isEqualTo(DUE);
		assertThat(view.late()).isFalse();
	}

	private static UnitReport.Content content(int reported, String difficulties) {
		return new UnitReport.Content(12, reported, new BigDecimal("1.5"), 250_000_000L, 40, difficulties, null, null,
				null);
	}
}
