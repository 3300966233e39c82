package vn.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A session as listed: its council, status, the operating rules it runs under, the attendance recorded, and the
 * products on its agenda with the procedure recorded for each and their results once closed.
 */
public record EvaluationView(UUID id, UUID councilId, String councilName, CouncilLevel level, String regulationCode,
		EvaluationStatus status, Instant openedAt, @Nullable Instant closedAt, List<Item> items, CouncilRules rules,
		List<Attendance> attendance, @Nullable Instant attendanceRecordedAt, @Nullable String attendanceRecordedBy) {

	/**
	 * A product on the agenda.
	 *
	 * @param applicableCase the case of "one of two cases" criteria that applies to the producer
	 * @param disqualifiersChecked whether the chair or the secretary checked the scorecard's disqualifiers
	 * @param agreedAnswers the answers the chair recorded as the council's on marked criteria (0: nothing ticked)
	 * @param divergenceRecord the chair's record of the council's agreed outcome of a divergence
	 */
	public record Item(UUID productId, String productName, String producerName, String scorecardCode,
			@Nullable BigDecimal score, @Nullable Integer stars, @Nullable Outcome outcome,
			@Nullable CouncilLevel escalatedTo, boolean divergent, int applicableCase, boolean disqualifiersChecked,
			boolean disqualified, @Nullable String disqualificationReason, Map<String, Integer> agreedAnswers,
			@Nullable String divergenceRecord) {
	}

	/** The note recorded with a member's attendance, if any. */
	public @Nullable String noteOf(String username) {
		return attendance.stream().filter(a -> a.username().equals(username)).findFirst().map(Attendance::note)
				.orElse(null);
	}

	/** A member's recorded attendance, if recorded. */
	public @Nullable AttendanceStatus attendanceOf(String username) {
		return attendance.stream().filter(a -> a.username().equals(username)).map(Attendance::status).findFirst()
				.orElse(null);
	}
}
