package vn.ocop.shop.web;

import org.jspecify.annotations.Nullable;

import vn.ocop.shop.BankAccountView;

/**
 * The bank account a producer is paid to by VietQR; the account's own rules check each field.
 */
class BankForm {

	private String bankBin = "";
	private String accountNumber = "";
	private String accountName = "";

	BankAccountView account() {
		return new BankAccountView(bankBin, accountNumber, accountName);
	}

	public String getBankBin() {
		return bankBin;
	}

	public void setBankBin(@Nullable String bankBin) {
		this.bankBin = bankBin == null ? "" : bankBin;
	}

	public String getAccountNumber() {
		return accountNumber;
	}

	public void setAccountNumber(@Nullable String accountNumber) {
		this.accountNumber = accountNumber == null ? "" : accountNumber;
	}

	public String getAccountName() {
		return accountName;
	}

	public void setAccountName(@Nullable String accountName) {
		this.accountName = accountName == null ? "" : accountName;
	}
}
