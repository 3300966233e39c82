package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;

/**
 * The producer aggregate (chủ thể OCOP): its details are kept consistent and normalised, its commune keeps
 * referring to the registration day, and the accounts that act for it are linked and unlinked.
 */
class ProducerTests {

	static final Instant NOW = Instant.parse("2019-03-01T02:00:00Z");
	static final LocalDate REGISTERED = LocalDate.of(2019, 3, 1);

	@Test
	void shouldKeepTheDetailsNormalisedWithTheRegistrationDay() {
		var producer = new Producer(details(" HTX Cam Vũ Quang ", "3001234561-001", 20, 8, 2), REGISTERED, NOW, "office");

		assertThat(producer.getName()).isEqualTo("HTX Cam Vũ Quang");
		assertThat(producer.getRegistrationNumber()).isEqualTo("3001234561001");
		assertThat(producer.getLegalForm()).isEqualTo(LegalForm.COOPERATIVE);
		assertThat(producer.getCommuneCode()).isEqualTo("18322");
		assertThat(producer.getUnitAt().date()).isEqualTo(REGISTERED);
		assertThat(producer.getRepresentative()).as("blank becomes absent").isNull();
	}

	@Test
	void shouldRefuseMoreWomenOrMinorityWorkersThanWorkersAndKeepWhatItHad() {
		var producer = new Producer(details("HTX Cam", "3001234561", 20, 8, 2), REGISTERED, NOW, "office");

		assertThatThrownBy(() -> producer.describe(details("HTX Cam mới", "3001234561", 5, 6, 0)))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.producer.workersInconsistent"));
		assertThatThrownBy(() -> producer.describe(details("HTX Cam mới", "3001234561", 5, 0, 6)))
				.isInstanceOf(BusinessRuleException.class);
		assertThat(producer.getName()).isEqualTo("HTX Cam");
		assertThatThrownBy(() -> new Producer(details("HTX", "3001234561", 1, 2, 0), REGISTERED, NOW, "office"))
				.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldKeepTheRegistrationDayWhenDescribedAgain() {
		var producer = new Producer(details("HTX Cam", "3001234561", 20, 8, 2), REGISTERED, NOW, "office");
		producer.describe(details("HTX Cam Hương Sơn", "3001234562", 30, 10, 3));
		assertThat(producer.getName()).isEqualTo("HTX Cam Hương Sơn");
		assertThat(producer.getRegistrationNumber()).isEqualTo("3001234562");
		assertThat(producer.getUnitAt().date()).isEqualTo(REGISTERED);
	}

	@Test
	void shouldBeManagedOnlyByTheLinkedAccounts() {
		var producer = new Producer(details("HTX Cam", "3001234561", 0, 0, 0), REGISTERED, NOW, "office");
		assertThat(producer.isManagedBy("producer")).isFalse();
		producer.linkAccount("producer");
		producer.linkAccount("producer");
		assertThat(producer.isManagedBy("producer")).isTrue();
		assertThat(producer.getAccounts()).containsExactly("producer");
		producer.unlinkAccount("producer");
		assertThat(producer.isManagedBy("producer")).isFalse();
	}

	@Test
	void shouldRefuseARegistrationNumberOfTheWrongLength() {
		assertThatThrownBy(() -> new Producer(details("HTX Cam", "300123456", 0, 0, 0), REGISTERED, NOW, "office"))
				.isInstanceOf(IllegalArgumentException.class);
	}

	private static ProducerDetails details(String name, String number, int workers, int women, int minority) {
		return new ProducerDetails(name, LegalForm.COOPERATIVE, number, null, " ", "Thôn 1", " 18322 ", null, null, 10,
				workers, women, minority, 2019, false);
	}
}
