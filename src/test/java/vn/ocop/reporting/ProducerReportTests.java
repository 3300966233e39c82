package vn.ocop.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * A producer's monthly report: its figures checked as entered, locked once submitted, corrected as a new version
 * that keeps the first one's lateness and the unit it went to.
 */
class ProducerReportTests {

	static final Instant NOW = Instant.parse("2025-04-10T03:00:00Z");
	static final LocalDate DUE = LocalDate.of(2025, 4, 15);

	static NewProducerReport input(BigDecimal volume, long revenue, int workers) {
		return new NewProducerReport(UUID.randomUUID(), "2025-03", volume, revenue, workers,
				Set.of(SalesChannel.ONLINE, SalesChannel.DIRECT), "  Thiếu vốn ", " ");
	}

	static ProducerReport report(boolean late) {
		return new ProducerReport(new ProducerReport.Subject(UUID.randomUUID(), "HTX Cam Vũ Quang",
				new UnitAt("18322", LocalDate.of(2024, 1, 1)), "441"), YearMonth.of(2025, 3), 1,
				input(new BigDecimal("10.5"), 1_000_000, 4).figures(), null, late, NOW, "producer");
	}

	@Test
	void shouldRecordTheFiguresAsEnteredWithTextsTrimmed() {
		ProducerReportView view = report(false).toView(DUE);
		assertThat(view.version()).isEqualTo(1);
		assertThat(view.current()).isTrue();
		assertThat(view.status()).isEqualTo("SUBMITTED");
		assertThat(view.productionVolume()).isEqualByComparingTo("10.50");
		assertThat(view.salesChannels()).containsExactlyInAnyOrder(SalesChannel.ONLINE, SalesChannel.DIRECT);
		assertThat(view.difficulties()).isEqualTo("Thiếu vốn");
		assertThat(view.supportRequests()).isNull();
		assertThat(view.reportingUnitCode()).isEqualTo("441");
	}

	@Test
	void shouldCorrectAsANewVersionThatKeepsTheLatenessAndTheUnit() {
		ProducerReport first = report(true);
		ProducerReport second = first.correct(input(new BigDecimal("12"), 1_200_000, 5).figures(), "Sai doanh thu",
				NOW.plusSeconds(3600), "commune");
		assertThat(first.toView(DUE).status()).isEqualTo("SUPERSEDED");
		ProducerReportView view = second.toView(DUE);
		assertThat(view.version()).isEqualTo(2);
		assertThat(view.current()).isTrue();
		assertThat(view.late()).isTrue();
		assertThat(view.correctionReason()).isEqualTo("Sai doanh thu");
		assertThat(view.submittedBy()).isEqualTo("commune");
		assertThat(view.reportingUnitCode()).isEqualTo("441");
		assertThat(view.revenueVnd()).isEqualTo(1_200_000);
	}

	@Test
	void shouldNotCorrectAReplacedVersion() {
		ProducerReport first = report(false);
		first.correct(input(BigDecimal.ONE, 1, 1).figures(), "Lần 1", NOW, "producer");
		assertThatThrownBy(() -> first.correct(input(BigDecimal.ONE, 2, 1).figures(), "Lần 2", NOW, "producer"))
				.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldRefuseNegativeRevenueAndImpossibleVolumesOrWorkforces() {
		assertThatThrownBy(() -> input(BigDecimal.ONE, -1, 1).figures()).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> input(new BigDecimal("-0.01"), 1, 1).figures())
				.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> input(new BigDecimal("1.005"), 1, 1).figures())
				.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> input(BigDecimal.ONE, 1, 1_000_001).figures())
				.isInstanceOf(BusinessRuleException.class);
		assertThat(input(new BigDecimal("1.500"), 0, 0).figures().productionVolume()).isEqualByComparingTo("1.5");
	}

	@ParameterizedTest
	@ValueSource(strings = { "productionVolume", "revenueVnd", "workers" })
	void shouldNameTheMissingFigure(String field) {
		var input = new NewProducerReport(UUID.randomUUID(), "2025-03",
				field.equals("productionVolume") ? null : BigDecimal.ONE, field.equals("revenueVnd") ? null : 1L,
				field.equals("workers") ? null : 1, null, null, null);
		assertThatThrownBy(input::figures).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.arguments()).containsExactly(field));
	}

	@Test
	void shouldRefuseTextsOverTheLimit() {
		var input = new NewProducerReport(UUID.randomUUID(), "2025-03", BigDecimal.ONE, 1L, 1, null, "x".repeat(2001),
				null);
		assertThatThrownBy(input::figures).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldFillTheUnitReportsDifficultiesFromItsProducersUnlessGiven() {
		var sums = new ReportSummary("2025-03", "441", 2, 3, 5_000_000, new BigDecimal("20.5"), 9);
		var compiled = new NewUnitReport("441", "2025-03", " ", null, null, null).content(sums, "- HTX A: Thiếu vốn");
		assertThat(compiled.difficulties()).isEqualTo("- HTX A: Thiếu vốn");
		assertThat(compiled.producersReported()).isEqualTo(2);
		assertThat(compiled.producersExpected()).isEqualTo(3);
		var given = new NewUnitReport("441", "2025-03", "Giá vật tư tăng", null, null, null).content(sums, "- HTX A");
		assertThat(given.difficulties()).isEqualTo("Giá vật tư tăng");
		assertThatThrownBy(() -> new NewUnitReport("441", "2025-03", null, "x".repeat(2001), null, null).content(sums,
				"")).isInstanceOf(BusinessRuleException.class);
	}
}
