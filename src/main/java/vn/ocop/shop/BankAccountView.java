package vn.ocop.shop;

import vn.ocop.shared.BusinessRuleException;

/**
 * A producer's bank account for VietQR transfers.
 *
 * @param bankBin the bank's 6-digit NAPAS BIN (acquirer id), e.g. 970405 for Agribank
 * @param accountNumber the account number (up to 19 letters or digits)
 * @param accountName the account holder as the bank writes it (upper case, without diacritics)
 */
public record BankAccountView(String bankBin, String accountNumber, String accountName) {

	void check() {
		if (bankBin == null || !bankBin.strip().matches("\\d{6}")) {
			throw invalid("bankBin");
		}
		if (accountNumber == null || !accountNumber.replaceAll("\\s", "").matches("[0-9A-Za-z]{4,19}")) {
			throw invalid("accountNumber");
		}
		if (accountName == null || VietQr.ascii(accountName).isBlank() || accountName.strip().length() > 100) {
			throw invalid("accountName");
		}
	}

	private static BusinessRuleException invalid(String field) {
		return new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, java.util.Map.of("field", field),
				"shop.bank.invalid." + field);
	}
}
