package vn.ocop.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Money;

/**
 * A budget line (dòng kinh phí): the money allocated to one plan activity from one funding source, with the sums
 * committed (approved requests, contracts) and disbursed. A commitment never takes the line over its allocation:
 * the check and the new commitment happen under a row lock on the line, in one transaction.
 */
@Entity
@Table(name = "support_budget_line")
class BudgetLine {

	@Id
	private UUID id;

	@Column(name = "plan_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private UUID activityId;

	@Column(nullable = false)
	private int activityNumber;

	@Column(nullable = false)
	private String activityTitle;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FundingSource source;

	@Column(nullable = false)
	private BigDecimal allocated;

	@Column(nullable = false)
	private BigDecimal committed;

	@Column(nullable = false)
	private BigDecimal disbursed;

	private @Nullable String note;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String createdBy;

	@Version
	private long version;

	protected BudgetLine() {
	}

	BudgetLine(int year, UUID activityId, int activityNumber, String activityTitle, FundingSource source,
			BigDecimal allocated, @Nullable String note, Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.year = year;
		this.activityId = activityId;
		this.activityNumber = activityNumber;
		this.activityTitle = activityTitle;
		this.source = source;
		this.committed = BigDecimal.ZERO;
		this.disbursed = BigDecimal.ZERO;
		this.createdAt = now;
		this.createdBy = actor;
		allocate(allocated, note);
	}

	/** Changes the allocation; never below what is already committed. */
	void allocate(BigDecimal amount, @Nullable String note) {
		BigDecimal whole = whole(amount);
		if (whole.signum() < 0) {
			throw BusinessRuleException.unprocessable("support.budget.allocated.invalid");
		}
		if (committed != null && whole.compareTo(committed) < 0) {
			throw BusinessRuleException.conflict("support.budget.belowCommitted", money(whole), money(committed));
		}
		this.allocated = whole;
		this.note = SupportItem.blankToNull(note);
	}

	BigDecimal remaining() {
		return allocated.subtract(committed);
	}

	/** Commits an amount; refused with the remaining amount named when the line cannot carry it. */
	void commit(BigDecimal amount) {
		requireRoom(amount);
		this.committed = committed.add(amount);
	}

	/** Fails, naming what remains, unless the line can carry the amount. */
	void requireRoom(BigDecimal amount) {
		if (amount.compareTo(remaining()) > 0) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
					java.util.Map.of("remaining", remaining(), "budgetLineId", id), "support.budget.exhausted",
					activityNumber, activityTitle, source.name(), money(amount), money(remaining()));
		}
	}

	void disburse(BigDecimal amount) {
		this.disbursed = disbursed.add(amount);
	}

	BudgetLineView toView() {
		return new BudgetLineView(id, year, activityId, activityNumber, activityTitle, source, allocated, committed,
				disbursed, remaining(), note);
	}

	static BigDecimal whole(BigDecimal amount) {
		return amount.setScale(0, RoundingMode.DOWN);
	}

	/** The amount in messages: {@code 1.250.000} (the messages name the đồng). */
	static String money(BigDecimal amount) {
		return Money.digits(amount);
	}

	UUID getId() {
		return id;
	}

	int getYear() {
		return year;
	}

	int getActivityNumber() {
		return activityNumber;
	}

	FundingSource getSource() {
		return source;
	}
}
