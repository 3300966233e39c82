package vn.ocop.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.ocop.shared.BusinessRuleException;

/**
 * Money committed on a budget line: an approved support request, or a contract the office signs directly (e.g. a
 * fair's booths). Carries the area and product group it went to, so that the roll-ups by district and group add up
 * to those by activity and source.
 */
@Entity
@Table(name = "support_commitment")
class Commitment {

	enum Kind {
		REQUEST, CONTRACT
	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private UUID lineId;

	private @Nullable UUID requestId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String description;

	private @Nullable String areaCode;

	private @Nullable String productSetCode;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(nullable = false)
	private BigDecimal disbursed;

	@Column(nullable = false)
	private LocalDate committedOn;

	private @Nullable LocalDate disbursedOn;

	@Column(nullable = false)
	private String createdBy;

	protected Commitment() {
	}

	Commitment(UUID lineId, @Nullable UUID requestId, Kind kind, String description, @Nullable String areaCode,
			@Nullable String productSetCode, BigDecimal amount, LocalDate on, String actor) {
		this.id = UUID.randomUUID();
		this.lineId = lineId;
		this.requestId = requestId;
		this.kind = kind;
		this.description = description;
		this.areaCode = areaCode;
		this.productSetCode = productSetCode;
		this.amount = amount;
		this.disbursed = BigDecimal.ZERO;
		this.committedOn = on;
		this.createdBy = actor;
	}

	/** Records a payment; never more than what was committed. */
	void disburse(BigDecimal paid, LocalDate on) {
		if (paid.signum() <= 0 || disbursed.add(paid).compareTo(amount) > 0) {
			throw BusinessRuleException.unprocessable("support.disbursement.overCommitted", BudgetLine.money(paid),
					BudgetLine.money(amount.subtract(disbursed)));
		}
		this.disbursed = disbursed.add(paid);
		this.disbursedOn = on;
	}

	UUID getId() {
		return id;
	}

	UUID getLineId() {
		return lineId;
	}

	@Nullable
	UUID getRequestId() {
		return requestId;
	}

	Kind getKind() {
		return kind;
	}

	String getDescription() {
		return description;
	}

	@Nullable
	String getAreaCode() {
		return areaCode;
	}

	@Nullable
	String getProductSetCode() {
		return productSetCode;
	}

	BigDecimal getAmount() {
		return amount;
	}

	BigDecimal getDisbursed() {
		return disbursed;
	}

	LocalDate getCommittedOn() {
		return committedOn;
	}

	@Nullable
	LocalDate getDisbursedOn() {
		return disbursedOn;
	}
}
