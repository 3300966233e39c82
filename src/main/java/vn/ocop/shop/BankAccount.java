package vn.ocop.shop;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;

/**
 * The bank account a producer is paid into by VietQR transfer, set by the producer.
 */
@Entity
@Table(name = "shop_bank_account")
class BankAccount {

	@Id
	@Column(name = "producer_id")
	private UUID producerId;

	@Column(name = "bank_bin", nullable = false, length = 6)
	private String bankBin;

	@Column(name = "account_number", nullable = false, length = 19)
	private String accountNumber;

	@Column(name = "account_name", nullable = false, length = 100)
	private String accountName;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	@AuditIgnored
	@Version
	private long version;

	protected BankAccount() {
	}

	BankAccount(UUID producerId, BankAccountView details, Instant now, String actor) {
		this.producerId = producerId;
		change(details, now, actor);
	}

	void change(BankAccountView details, Instant now, String actor) {
		details.check();
		this.bankBin = details.bankBin().strip();
		this.accountNumber = details.accountNumber().replaceAll("\\s", "");
		this.accountName = VietQr.ascii(details.accountName());
		this.updatedAt = now;
		this.updatedBy = actor;
	}

	BankAccountView toView() {
		return new BankAccountView(bankBin, accountNumber, accountName);
	}

	String getBankBin() {
		return bankBin;
	}

	String getAccountNumber() {
		return accountNumber;
	}
}
