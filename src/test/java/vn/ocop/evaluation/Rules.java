package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import vn.ocop.criteria.Scorecard;
import vn.ocop.shared.BusinessRuleException;

/**
 * Test fixtures for the aggregates' unit tests: a small scorecard with each kind of criterion, and the assertion that
 * a call is refused as a business rule with its message key.
 */
final class Rules {

	private Rules() {
	}

	/**
	 * A scorecard of three criteria: A1 answered 0–5 points (must be answered); A2 a tick-list (2 or 4 points, may stay
	 * unticked) whose 4-point option is the minimum for 4★; A3 "one of two cases" (case 1: options 1–2; case 2
	 * household business: option 3).
	 */
	static Scorecard small() {
		var a1 = new Scorecard.Criterion("A1", "Tổ chức sản xuất", null, false, null,
				List.of(new Scorecard.Option(1, "Không", 0), new Scorecard.Option(2, "Có", 5)));
		var a2 = new Scorecard.Criterion("A2", "Sở hữu trí tuệ", null, false, null,
				List.of(new Scorecard.Option(1, "Đã nộp đơn", 2, 3), new Scorecard.Option(2, "Có văn bằng", 4, 4)));
		var a3 = new Scorecard.Criterion("A3", "Liên kết", null, false, null,
				List.of(new Scorecard.Case(1, "Doanh nghiệp, HTX", List.of(1, 2)),
						new Scorecard.Case(2, "Hộ kinh doanh", List.of(3))),
				List.of(new Scorecard.Option(1, "Không", 0), new Scorecard.Option(2, "Có", 3),
						new Scorecard.Option(3, "Hộ có liên kết", 3)));
		var part = new Scorecard.Part("A", "Phần A", 12, List.of(new Scorecard.Group("A1", "Nhóm", List.of(a1, a2, a3))));
		return new Scorecard("T-01", "26/2026/QĐ-TTg", "Thử", List.of(part),
				List.of(new Scorecard.StarBand(3, 50), new Scorecard.StarBand(4, 70), new Scorecard.StarBand(5, 90)), "T-01",
				1, List.of("Không có giấy phép"), null, java.util.Map.of());
	}

	static AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable call, BusinessRuleException.Kind kind,
			String messageCode) {
		return assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			org.assertj.core.api.Assertions.assertThat(e.kind()).isEqualTo(kind);
			org.assertj.core.api.Assertions.assertThat(e.messageCode()).isEqualTo(messageCode);
		});
	}

	static AbstractThrowableAssert<?, ? extends Throwable> unprocessable(ThrowingCallable call, String messageCode) {
		return refused(call, BusinessRuleException.Kind.UNPROCESSABLE, messageCode);
	}

	static AbstractThrowableAssert<?, ? extends Throwable> conflict(ThrowingCallable call, String messageCode) {
		return refused(call, BusinessRuleException.Kind.CONFLICT, messageCode);
	}
}
