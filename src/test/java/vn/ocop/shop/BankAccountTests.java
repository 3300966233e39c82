package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.shared.BusinessRuleException;

/**
 * A producer's bank account for VietQR payments without Spring: kept as the QR code needs it (six-digit bank BIN,
 * account number without spaces, holder's name in unaccented capitals), and a refused change names the field and
 * leaves the account as it was.
 */
class BankAccountTests {

	static final Instant NOW = Instant.parse("2024-04-01T03:00:00Z");

	@Test
	void shouldKeepTheAccountAsTheQrCodeNeedsIt() {
		var account = new BankAccount(UUID.randomUUID(),
				new BankAccountView(" 970436 ", "0071 0012 3456", "  Hợp tác xã Đức Lĩnh "), NOW, "producer");
		assertThat(account.toView()).isEqualTo(new BankAccountView("970436", "007100123456", "HOP TAC XA DUC LINH"));
		assertThat(account.getBankBin()).isEqualTo("970436");
	}

	@ParameterizedTest(name = "{0} / {1} / {2} → {3}")
	@CsvSource({ "97043, 0071001234, HTX A, bankBin", "97043a, 0071001234, HTX A, bankBin",
			"970436, 007, HTX A, accountNumber", "970436, 0071-001234, HTX A, accountNumber",
			"970436, 01234567890123456789, HTX A, accountNumber", "970436, 0071001234, '!!!', accountName",
			"970436, 0071001234, ' ', accountName" })
	void shouldRefuseAChangeNamingTheFieldAndKeepTheAccount(String bin, String number, String name, String field) {
		var account = new BankAccount(UUID.randomUUID(), new BankAccountView("970436", "0071001234", "HTX Khe May"),
				NOW, "producer");
		var refused = catchThrowableOfType(BusinessRuleException.class,
				() -> account.change(new BankAccountView(bin, number, name), NOW.plusSeconds(60), "producer"));
		assertThat(refused.messageCode()).isEqualTo("shop.bank.invalid." + field);
		assertThat(refused.properties()).containsEntry("field", field);
		assertThat(account.toView()).isEqualTo(new BankAccountView("970436", "0071001234", "HTX KHE MAY"));
	}

	@Test
	void shouldRefuseAHoldersNameLongerThanAHundredCharacters() {
		var longName = "A".repeat(101);
		var refused = catchThrowableOfType(BusinessRuleException.class,
				() -> new BankAccountView("970436", "0071001234", longName).check());
		assertThat(refused.messageCode()).isEqualTo("shop.bank.invalid.accountName");
		new BankAccountView("970436", "0071001234", "A".repeat(100)).check();
	}
}
