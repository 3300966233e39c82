package vn.ocop.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;

/**
 * A producer's support request (đề nghị hỗ trợ) for one item and one product: applied with the cost estimate,
 * checked by the commune or district, approved (amount, decision number, committed on a budget line) or refused
 * with the reason, disbursed, and its result reported. Every move is guarded and lands on the timeline.
 */
@Entity
@Table(name = "support_request")
class SupportRequest {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String number;

	@Column(nullable = false)
	private UUID itemId;

	@Column(nullable = false)
	private UUID productId;

	@Column(nullable = false)
	private String productName;

	@Column(nullable = false)
	private UUID producerId;

	@Column(nullable = false)
	private String producerName;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Column(nullable = false)
	private String areaCode;

	@Column(nullable = false)
	private String productSetCode;

	@Column(nullable = false)
	private String purpose;

	@Column(nullable = false)
	private BigDecimal costEstimate;

	@Column(nullable = false)
	private BigDecimal requestedAmount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestStatus status;

	@Column(nullable = false)
	private LocalDate appliedOn;

	@Column(nullable = false)
	private String appliedBy;

	private @Nullable String checkNote;
	private @Nullable String checkedBy;
	private @Nullable BigDecimal approvedAmount;
	private @Nullable String decisionNumber;
	private @Nullable LocalDate decidedOn;
	private @Nullable String refusalReason;
	private @Nullable UUID budgetLineId;
	private @Nullable BigDecimal disbursedAmount;
	private @Nullable LocalDate disbursedOn;
	private @Nullable String resultNote;
	private @Nullable String resultReference;
	private @Nullable LocalDate resultOn;
	private @Nullable UUID reportId;
	private @Nullable String reportMonth;

	@Column(nullable = false)
	private Instant statusChangedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "request_id", nullable = false)
	@OrderBy("position")
	private List<RequestStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected SupportRequest() {
	}

	/** What the request is about, as the registry knows the product on the day of application. */
	record Subject(UUID productId, String productName, UUID producerId, String producerName, UnitAt unitAt,
			String areaCode, String productSetCode) {
	}

	SupportRequest(String number, SupportItem item, Subject subject, String purpose, BigDecimal cost,
			BigDecimal requested, @Nullable UUID reportId, @Nullable String reportMonth, LocalDate today,
			Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.itemId = item.getId();
		this.productId = subject.productId();
		this.productName = subject.productName();
		this.producerId = subject.producerId();
		this.producerName = subject.producerName();
		this.unitAt = subject.unitAt();
		this.areaCode = subject.areaCode();
		this.productSetCode = subject.productSetCode();
		this.purpose = purpose.strip();
		this.costEstimate = BudgetLine.whole(cost);
		this.requestedAmount = BudgetLine.whole(requested);
		this.reportId = reportId;
		this.reportMonth = reportMonth;
		this.appliedOn = today;
		this.appliedBy = actor;
		this.status = RequestStatus.APPLIED;
		this.statusChangedAt = now;
		steps.add(new RequestStep(0, now, actor, null, RequestStatus.APPLIED, null));
	}

	private void move(RequestStatus to, Instant now, String actor, @Nullable String note) {
		if (!status.next().contains(to)) {
			throw BusinessRuleException.conflict("support.request.transition", number, status.name(), to.name());
		}
		steps.add(new RequestStep(steps.size(), now, actor, status, to, note));
		this.status = to;
		this.statusChangedAt = now;
	}

	/** The commune's or district's check: endorsed, or not with the reason. */
	void check(boolean endorsed, @Nullable String note, Instant now, String actor) {
		if (!endorsed && (note == null || note.isBlank())) {
			throw BusinessRuleException.unprocessable("support.request.reason.required");
		}
		move(endorsed ? RequestStatus.CHECKED : RequestStatus.NOT_ENDORSED, now, actor, SupportItem.blankToNull(note));
		this.checkNote = SupportItem.blankToNull(note);
		this.checkedBy = actor;
	}

	void approve(BigDecimal amount, String decision, LocalDate on, UUID lineId, Instant now, String actor,
			@Nullable String note) {
		move(RequestStatus.APPROVED, now, actor, decision.strip() + (note == null || note.isBlank() ? "" : " — " + note.strip()));
		this.approvedAmount = amount;
		this.decisionNumber = decision.strip();
		this.decidedOn = on;
		this.budgetLineId = lineId;
	}

	void refuse(String reason, @Nullable String decision, LocalDate on, Instant now, String actor) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.unprocessable("support.request.reason.required");
		}
		move(RequestStatus.REFUSED, now, actor, reason.strip());
		this.refusalReason = reason.strip();
		this.decisionNumber = SupportItem.blankToNull(decision);
		this.decidedOn = on;
	}

	void disburse(BigDecimal amount, LocalDate on, Instant now, String actor) {
		if (approvedAmount == null || amount.signum() <= 0 || amount.compareTo(approvedAmount) > 0) {
			throw BusinessRuleException.unprocessable("support.disbursement.overApproved", BudgetLine.money(amount),
					approvedAmount == null ? "0" : BudgetLine.money(approvedAmount));
		}
		move(RequestStatus.DISBURSED, now, actor, BudgetLine.money(amount) + " ₫ · " + on);
		this.disbursedAmount = amount;
		this.disbursedOn = on;
	}

	void report(String note, @Nullable String reference, LocalDate on, Instant now, String actor) {
		move(RequestStatus.REPORTED, now, actor, note.strip());
		this.resultNote = note.strip();
		this.resultReference = SupportItem.blankToNull(reference);
		this.resultOn = on;
	}

	SupportRequestView toView(SupportItem item) {
		return new SupportRequestView(id, number, itemId, item.getCode(), item.getName(), item.getCategory(), productId,
				productName, producerId, producerName, unitAt.code(), purpose, costEstimate, requestedAmount, status,
				appliedOn, appliedBy, checkNote, checkedBy, approvedAmount, decisionNumber, decidedOn, refusalReason,
				budgetLineId, disbursedAmount, disbursedOn, resultNote, resultReference, resultOn, reportId, reportMonth,
				steps.stream().map(RequestStep::toView).toList());
	}

	UUID getId() {
		return id;
	}

	String getNumber() {
		return number;
	}

	UUID getItemId() {
		return itemId;
	}

	UUID getProductId() {
		return productId;
	}

	UUID getProducerId() {
		return producerId;
	}

	String getProductName() {
		return productName;
	}

	UnitAt getUnitAt() {
		return unitAt;
	}

	String getAreaCode() {
		return areaCode;
	}

	String getProductSetCode() {
		return productSetCode;
	}

	RequestStatus getStatus() {
		return status;
	}

	BigDecimal getRequestedAmount() {
		return requestedAmount;
	}

	BigDecimal getCostEstimate() {
		return costEstimate;
	}

	@Nullable
	BigDecimal getApprovedAmount() {
		return approvedAmount;
	}

	@Nullable
	UUID getBudgetLineId() {
		return budgetLineId;
	}

	@Nullable
	UUID getReportId() {
		return reportId;
	}

	LocalDate getAppliedOn() {
		return appliedOn;
	}

	@Nullable
	LocalDate getDecidedOn() {
		return decidedOn;
	}

	@Nullable
	BigDecimal getDisbursedAmount() {
		return disbursedAmount;
	}

	@Nullable
	LocalDate getDisbursedOn() {
		return disbursedOn;
	}
}
