package vn.ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocop.criteria.Regulation;
import vn.ocop.shared.BusinessRuleException;

/**
 * Decisions as entered and as recorded, plain: what a decision must have (number, a day not after today, the
 * reason of a downgrade or revocation), the legal ground a revocation names under the regulation in force and the day
 * it must reach the producer by, the same number entered again, and how a decision recorded before levels existed
 * reads.
 */
class DecisionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 7, 10);
	static final Instant NOW = Instant.parse("2026-07-10T02:00:00Z");

	static NewDecision entered(String number, LocalDate date, String reason) {
		return new NewDecision(number, date, "Trần Văn C", null, reason, null);
	}

	static String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (BusinessRuleException e) {
			return e.messageCode();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void shouldRequireTheNumberAPastDayAndForAWithdrawalTheReason() {
		assertThat(refusal(() -> entered(" ", TODAY, "x").requireComplete(TODAY, false)))
				.isEqualTo("certification.decision.numberRequired");
		assertThat(refusal(() -> entered("5/QĐ", TODAY.plusDays(1), "x").requireComplete(TODAY, false)))
				.isEqualTo("certification.decision.future");
		assertThat(refusal(() -> entered("5/QĐ", TODAY, " ").requireComplete(TODAY, true)))
				.isEqualTo("certification.decision.reasonRequired");
		entered("5/QĐ", TODAY, " ").requireComplete(TODAY, false);
		entered("5/QĐ", TODAY, "Vi phạm").requireComplete(TODAY, true);
	}

	@Test
	void shouldNameAGroundOfTheRegulationInForceWithItsDeliveryDeadline() throws Exception {
		Map<String, Regulation> regulations = CertificateTests.regulations();
		Regulation rules2026 = regulations.get("26/2026/QĐ-TTg");
		NewDecision revocation = entered("9/QĐ", TODAY, "Vi phạm");

		assertThat(refusal(() -> revocation.groundUnder(rules2026))).isEqualTo("certification.revoke.groundRequired");
		assertThat(refusal(() -> revocation.withGround("NO_SUCH_GROUND", null).groundUnder(rules2026)))
				.isEqualTo("certification.revoke.groundUnknown");
		assertThat(refusal(() -> revocation.withGround("AUTHORITY_FINDING", null).groundUnder(rules2026)))
				.isEqualTo("certification.revoke.legalBasisRequired");
		assertThat(refusal(() -> revocation.withGround("LAW_BREACH", TODAY.plusDays(1)).groundUnder(rules2026)))
				.isEqualTo("certification.revoke.groundsAfterDecision");

		Decision.Ground ground = revocation.withGround(" LAW_BREACH ", TODAY.minusDays(3)).groundUnder(rules2026);
		assertThat(ground.code()).isEqualTo("LAW_BREACH");
		assertThat(ground.text()).isNotBlank();
		assertThat(ground.establishedOn()).isEqualTo(TODAY.minusDays(3));
		assertThat(ground.deliverBy()).isEqualTo(TODAY.minusDays(3).plusDays(15));
		assertThat(revocation.withGround("LAW_BREACH", null).groundUnder(rules2026).deliverBy()).isNull();
	}

	@Test
	void shouldKnowTheSameDecisionEnteredAgain() {
		var issuer = new Decision.Issuer(IssuingLevel.DISTRICT, "18322", "148/QĐ-TTg", SignerCapacity.HEAD,
				List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN VŨ QUANG", "Vũ Quang",
				"Ủy ban nhân dân huyện Vũ Quang");
		var decision = new Decision(DecisionKind.RECOGNITION, " 12/QĐ-UBND ", TODAY, null, "Ủy ban nhân dân huyện Vũ Quang",
				null, null, issuer, null, NOW, "district");

		assertThat(decision.getNumber()).isEqualTo("12/QĐ-UBND");
		assertThat(decision.sameAs(TODAY)).isTrue();
		assertThat(decision.sameAs(TODAY.minusDays(1))).isFalse();
		assertThat(decision.takenAt(IssuingLevel.DISTRICT)).isTrue();
		assertThat(decision.takenAt(IssuingLevel.PROVINCE)).isFalse();
		assertThat(decision.note()).isEqualTo("QĐ 12/QĐ-UBND ngày " + TODAY);
		DecisionView view = decision.toView();
		assertThat(view.signatureBlock()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
		assertThat(view.level()).isEqualTo(IssuingLevel.DISTRICT);
		assertThat(view.place()).isEqualTo("Vũ Quang");
	}

	@Test
	void shouldReadADecisionRecordedBeforeLevelsAsTheProvincesSignedByItsHead() {
		var decision = new Decision(DecisionKind.RECOGNITION, "15/QĐ-UBND", TODAY, "Nguyễn Văn B",
				"Ủy ban nhân dân tỉnh Hà Tĩnh", " ", null, NOW, "admin");

		assertThat(decision.getLevel()).isEqualTo(IssuingLevel.PROVINCE);
		assertThat(decision.getReason()).isNull();
		DecisionView view = decision.toView();
		assertThat(view.capacity()).isEqualTo(SignerCapacity.HEAD);
		assertThat(view.signatureBlock()).containsExactly("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
		assertThat(view.decidingTitle()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH");
		assertThatThrownBy(() -> new Decision(DecisionKind.REVOCATION, " ", TODAY, null, "UBND", null, null, NOW, "admin"))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldKeepARevocationsGround() {
		var issuer = new Decision.Issuer(IssuingLevel.PROVINCE, "42", "26/2026/QĐ-TTg", SignerCapacity.DEPUTY,
				List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "CHỦ TỊCH", "Hà Tĩnh",
				"Ủy ban nhân dân tỉnh Hà Tĩnh");
		var ground = new Decision.Ground("LAW_BREACH", "Vi phạm pháp luật", TODAY.minusDays(2), TODAY.plusDays(13));
		var decision = new Decision(DecisionKind.REVOCATION, "20/QĐ-UBND", TODAY, null, "Ủy ban nhân dân tỉnh Hà Tĩnh",
				"Vi phạm", "Kết luận thanh tra", issuer, ground, NOW, "admin");

		DecisionView view = decision.toView();
		assertThat(view.groundCode()).isEqualTo("LAW_BREACH");
		assertThat(view.deliverBy()).isEqualTo(TODAY.plusDays(13));
		assertThat(view.legalBasis()).isEqualTo("Kết luận thanh tra");
		assertThat(view.capacity()).isEqualTo(SignerCapacity.DEPUTY);
	}
}
