package vn.ocop.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;

/**
 * An evaluation session (phiên đánh giá) of a council over a batch of products. Open while members score; closed
 * once, with a result for every product, after which nothing changes.
 */
@Entity
@Table(name = "evaluation_session")
class Evaluation extends AbstractAggregateRoot<Evaluation> {

	@Id
	private UUID id;

	@Column(name = "council_id", nullable = false)
	private UUID councilId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CouncilLevel level;

	@Column(name = "regulation_code", nullable = false, length = 32)
	private String regulationCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private EvaluationStatus status;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "opened_by", nullable = false, length = 64)
	private String openedBy;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "closed_by", length = 64)
	private @Nullable String closedBy;

	/** The council's operating rules when the session was opened: they stay those of the session. */
	@jakarta.persistence.Embedded
	private CouncilRules rules = CouncilRules.NATIONAL;

	@jakarta.persistence.ElementCollection(fetch = FetchType.EAGER)
	@jakarta.persistence.CollectionTable(name = "evaluation_attendance", joinColumns = @JoinColumn(name = "evaluation_id"))
	@jakarta.persistence.OrderColumn(name = "position")
	private List<Attendance> attendance = new ArrayList<>();

	@Column(name = "attendance_recorded_at")
	private @Nullable Instant attendanceRecordedAt;

	@Column(name = "attendance_recorded_by", length = 64)
	private @Nullable String attendanceRecordedBy;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "evaluation_id", insertable = false, updatable = false)
	private List<EvaluationItem> items = new ArrayList<>();

	@AuditIgnored
	@Version
	private long version;

	protected Evaluation() {
	}

	Evaluation(UUID councilId, CouncilLevel level, String regulationCode, Instant now, String actor) {
		this(councilId, level, regulationCode, CouncilRules.NATIONAL, now, actor);
	}

	Evaluation(UUID councilId, CouncilLevel level, String regulationCode, CouncilRules rules, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.rules = rules;
		this.councilId = councilId;
		this.level = level;
		this.regulationCode = regulationCode;
		this.status = EvaluationStatus.OPEN;
		this.openedAt = now;
		this.openedBy = actor;
		registerEvent(new EvaluationOpened(id, councilId, level));
	}

	void addProduct(UUID productId, String scorecardCode, String productName, String producerName, int applicableCase) {
		requireOpen();
		if (item(productId).isPresent()) {
			throw BusinessRuleException.unprocessable("evaluation.session.duplicateProduct", productName);
		}
		items.add(new EvaluationItem(id, productId, scorecardCode, productName, producerName, applicableCase));
	}

	/**
	 * Records who attended the meeting: every member of the council exactly once. A member who has already
	 * submitted a scorecard in this session is present.
	 */
	void recordAttendance(Council council, List<Attendance> entries, java.util.Set<String> scored, Instant now,
			String actor) {
		requireOpen();
		java.util.Map<String, Attendance> byMember = new java.util.LinkedHashMap<>();
		for (Attendance entry : entries) {
			String username = entry.username().strip().toLowerCase(java.util.Locale.ROOT);
			if (council.member(username).isEmpty()) {
				throw BusinessRuleException.unprocessable("evaluation.attendance.notMember", username);
			}
			if (byMember.put(username, new Attendance(username, entry.status(),
					entry.note() == null || entry.note().isBlank() ? null : entry.note().strip())) != null) {
				throw BusinessRuleException.unprocessable("evaluation.attendance.twice", username);
			}
		}
		List<String> missing = council.getMembers().stream().map(CouncilMember::username)
				.filter(u -> !byMember.containsKey(u)).toList();
		if (!missing.isEmpty()) {
			throw BusinessRuleException.unprocessable("evaluation.attendance.missing", String.join(", ", missing));
		}
		for (Attendance entry : byMember.values()) {
			if (!entry.status().takesPart() && scored.contains(entry.username())) {
				throw BusinessRuleException.conflict("evaluation.attendance.hasScored", entry.username());
			}
		}
		this.attendance = new ArrayList<>(council.getMembers().stream().map(m -> byMember.get(m.username())).toList());
		this.attendanceRecordedAt = now;
		this.attendanceRecordedBy = actor;
	}

	boolean attendanceRecorded() {
		return attendanceRecordedAt != null && !attendance.isEmpty();
	}

	/** The member's recorded attendance, if recorded. */
	Optional<AttendanceStatus> attendanceOf(String username) {
		return attendance.stream().filter(a -> a.username().equals(username)).map(Attendance::status).findFirst();
	}

	/** Whether the members present make the quorum under the session's rules (false while not recorded). */
	boolean quorum(Council council) {
		if (!attendanceRecorded()) {
			return false;
		}
		var scoring = council.scoringMembers();
		long present = scoring.stream().filter(m -> attendanceOf(m.username()).map(AttendanceStatus::takesPart).orElse(false))
				.count();
		boolean chair = attendanceOf(council.chair()).map(AttendanceStatus::takesPart).orElse(false);
		return getRules().quorum(present, scoring.size(), chair);
	}

	List<Attendance> getAttendance() {
		return List.copyOf(attendance);
	}

	@Nullable
	Instant getAttendanceRecordedAt() {
		return attendanceRecordedAt;
	}

	@Nullable
	String getAttendanceRecordedBy() {
		return attendanceRecordedBy;
	}

	CouncilRules getRules() {
		return rules == null ? CouncilRules.NATIONAL : rules;
	}

	/** Closes the session; every product must have its result recorded first. */
	void close(Instant now, String actor) {
		requireOpen();
		if (items.stream().anyMatch(i -> i.getOutcome() == null)) {
			throw new IllegalStateException("Every product needs a result before the session closes");
		}
		status = EvaluationStatus.CLOSED;
		closedAt = now;
		closedBy = actor;
		registerEvent(new EvaluationClosed(id, councilId, level, items.stream().map(EvaluationItem::getProductId).toList()));
	}

	void requireOpen() {
		if (status != EvaluationStatus.OPEN) {
			throw BusinessRuleException.conflict("evaluation.session.closed");
		}
	}

	Optional<EvaluationItem> item(UUID productId) {
		return items.stream().filter(i -> i.getProductId().equals(productId)).findFirst();
	}

	List<EvaluationItem> getItems() {
		return List.copyOf(items);
	}

	EvaluationView toView(Council council) {
		return new EvaluationView(id, council.getId(), council.getName(), level, regulationCode, status, openedAt,
				closedAt, items.stream().map(EvaluationItem::toView).toList(), getRules(), getAttendance(),
				attendanceRecordedAt, attendanceRecordedBy);
	}

	@Nullable
	String getClosedBy() {
		return closedBy;
	}

	UUID getId() {
		return id;
	}

	UUID getCouncilId() {
		return councilId;
	}

	CouncilLevel getLevel() {
		return level;
	}

	String getRegulationCode() {
		return regulationCode;
	}

	EvaluationStatus getStatus() {
		return status;
	}

	Instant getOpenedAt() {
		return openedAt;
	}

	@Nullable
	Instant getClosedAt() {
		return closedAt;
	}
}
