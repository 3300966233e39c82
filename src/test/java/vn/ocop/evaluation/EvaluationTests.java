package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.evaluation.CouncilTests.chair;
import static vn.ocop.evaluation.CouncilTests.member;
import static vn.ocop.evaluation.CouncilTests.secretary;
import static vn.ocop.evaluation.Rules.conflict;
import static vn.ocop.evaluation.Rules.unprocessable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A session's transitions without Spring: opened under the council's rules, products on its agenda once each, the
 * meeting's attendance and the quorum worked out from it, closed once every product has its result, and nothing
 * changed after.
 */
class EvaluationTests {

	static final Instant NOW = CouncilTests.NOW;

	final Council council = CouncilTests.council(chair("c1"), member("c2"), member("c3"), member("c4"), secretary("s1"));

	Evaluation session() {
		return new Evaluation(council.getId(), CouncilLevel.PROVINCE, "26/2026/QĐ-TTg", council.getRules(), NOW, "s1");
	}

	static List<Attendance> attendance(AttendanceStatus c1, AttendanceStatus c2, AttendanceStatus c3,
			AttendanceStatus c4) {
		return List.of(new Attendance("c1", c1, null), new Attendance("c2", c2, null), new Attendance("c3", c3, null),
				new Attendance("c4", c4, " đi công tác "), new Attendance("s1", AttendanceStatus.PRESENT, null));
	}

	@SuppressWarnings("unchecked")
	static Collection<Object> events(Object aggregate) {
		return (Collection<Object>) ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
	}

	@Test
	void shouldOpenUnderTheCouncilsRulesAndAnnounceIt() {
		council.changeRules(new CouncilRules(60, false, 12, 2));
		Evaluation session = session();
		assertThat(session.getStatus()).isEqualTo(EvaluationStatus.OPEN);
		assertThat(session.getRules()).isEqualTo(new CouncilRules(60, false, 12, 2));
		assertThat(events(session)).containsExactly(new EvaluationOpened(session.getId(), council.getId(),
				CouncilLevel.PROVINCE));
		council.changeRules(CouncilRules.NATIONAL);
		assertThat(session.getRules().spreadThreshold()).as("a session keeps the rules it opened under").isEqualTo(12);
	}

	@Test
	void shouldPutAProductOnTheAgendaOnce() {
		Evaluation session = session();
		UUID product = UUID.randomUUID();
		session.addProduct(product, "T-01", "Nước mắm Cửa Sót", "HTX Cửa Sót", 1);
		unprocessable(() -> session.addProduct(product, "T-01", "Nước mắm Cửa Sót", "HTX Cửa Sót", 1),
				"evaluation.session.duplicateProduct");
		assertThat(session.getItems()).singleElement().satisfies(i -> {
			assertThat(i.getProductName()).isEqualTo("Nước mắm Cửa Sót");
			assertThat(i.getOutcome()).isNull();
		});
		assertThat(session.toView(council).items()).hasSize(1);
	}

	@Test
	void shouldRecordEveryMembersAttendanceExactlyOnce() {
		Evaluation session = session();
		unprocessable(() -> session.recordAttendance(council, List.of(new Attendance("stranger", AttendanceStatus.PRESENT,
				null)), Set.of(), NOW, "s1"), "evaluation.attendance.notMember");
		unprocessable(() -> session.recordAttendance(council, List.of(new Attendance("c1", AttendanceStatus.PRESENT, null),
				new Attendance(" C1 ", AttendanceStatus.ABSENT, null)), Set.of(), NOW, "s1"), "evaluation.attendance.twice");
		unprocessable(() -> session.recordAttendance(council, List.of(new Attendance("c1", AttendanceStatus.PRESENT, null)),
				Set.of(), NOW, "s1"), "evaluation.attendance.missing");
		conflict(() -> session.recordAttendance(council, attendance(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT,
				AttendanceStatus.PRESENT, AttendanceStatus.PRESENT), Set.of("c2"), NOW, "s1"),
				"evaluation.attendance.hasScored");
		assertThat(session.attendanceRecorded()).isFalse();

		session.recordAttendance(council, attendance(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
				AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED), Set.of("c2"), NOW, "s1");
		assertThat(session.attendanceRecorded()).isTrue();
		assertThat(session.attendanceOf("c4")).contains(AttendanceStatus.EXCUSED);
		assertThat(session.getAttendance()).extracting(Attendance::note).contains("đi công tác");
		assertThat(session.getAttendanceRecordedBy()).isEqualTo("s1");
	}

	@Test
	void shouldWorkOutTheQuorumFromTheAttendance() {
		Evaluation session = session();
		assertThat(session.quorum(council)).as("not recorded yet").isFalse();
		session.recordAttendance(council, attendance(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
				AttendanceStatus.PRESENT, AttendanceStatus.ABSENT), Set.of(), NOW, "s1");
		assertThat(session.quorum(council)).as("3 of 4 with the chair").isTrue();
		session.recordAttendance(council, attendance(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
				AttendanceStatus.CONFLICT, AttendanceStatus.ABSENT), Set.of(), NOW, "s1");
		assertThat(session.quorum(council)).as("a member sitting out for a conflict does not count").isFalse();
		session.recordAttendance(council, attendance(AttendanceStatus.ABSENT, AttendanceStatus.PRESENT,
				AttendanceStatus.PRESENT, AttendanceStatus.PRESENT), Set.of(), NOW, "s1");
		assertThat(session.quorum(council)).as("the chair is absent").isFalse();
	}

	@Test
	void shouldCloseOnlyWithEveryResultAndThenChangeNothing() {
		Evaluation session = session();
		UUID product = UUID.randomUUID();
		session.addProduct(product, "T-01", "Kẹo cu đơ", "Cơ sở Thiên Cầm", 1);
		assertThatThrownBy(() -> session.close(NOW, "c1")).isInstanceOf(IllegalStateException.class);
		session.item(product).orElseThrow().record(ProductScore.disqualified("Không có giấy phép"), Outcome.DISQUALIFIED,
				null);
		session.close(NOW.plusSeconds(60), "c1");
		assertThat(session.getStatus()).isEqualTo(EvaluationStatus.CLOSED);
		assertThat(session.getClosedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(session.getClosedBy()).isEqualTo("c1");
		assertThat(events(session)).contains(new EvaluationClosed(session.getId(), council.getId(), CouncilLevel.PROVINCE,
				List.of(product)));
		conflict(() -> session.close(NOW, "c1"), "evaluation.session.closed");
		conflict(() -> session.addProduct(UUID.randomUUID(), "T-01", "Bưởi", "HTX", 1), "evaluation.session.closed");
		conflict(() -> session.recordAttendance(council, attendance(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
				AttendanceStatus.PRESENT, AttendanceStatus.PRESENT), Set.of(), NOW, "s1"), "evaluation.session.closed");
	}

	@Test
	void shouldDeclareAConflictOnlyWithItsReason() {
		UUID session = UUID.randomUUID();
		UUID product = UUID.randomUUID();
		unprocessable(() -> new ConflictDeclaration(session, product, "c2", "  ", NOW), "registry.product.reasonRequired");
		var declaration = new ConflictDeclaration(session, product, "c2", " Anh ruột chủ cơ sở ", NOW);
		assertThat(declaration.getReason()).isEqualTo("Anh ruột chủ cơ sở");
		assertThat(declaration.getUsername()).isEqualTo("c2");
	}
}
