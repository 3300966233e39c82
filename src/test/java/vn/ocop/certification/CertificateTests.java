package vn.ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.Regulation;
import vn.ocop.geography.UnitAt;

/**
 * The certificate's reminder rule: the days before its last day come from its regulation (26/2026: as the
 * 180–120-day filing window opens and 15 days before it closes; 148 and 1489: 90, 60, 30; 1048 sets none, so the
 * office's settings apply), and each reminder goes out once, a job that missed days sending only the latest due.
 */
class CertificateTests {

	static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
	static final LocalDate ISSUED = LocalDate.of(2024, 1, 15);
	static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 15);
	static final List<Integer> OFFICE_DAYS = List.of(90, 60, 30);

	record RegulationsFile(List<Regulation> regulations) {
	}

	static Map<String, Regulation> regulations() throws IOException {
		try (InputStream in = CertificateTests.class.getResourceAsStream("/criteria/regulations.json")) {
			return JsonMapper.builder().build().readValue(in, RegulationsFile.class).regulations().stream()
					.collect(java.util.stream.Collectors.toMap(Regulation::code, r -> r));
		}
	}

	static Certificate certificate(String regulationCode) {
		var decision = new Decision(DecisionKind.RECOGNITION, "15/QĐ-UBND", ISSUED, "Nguyễn Văn B",
				"Ủy ban nhân dân tỉnh Hà Tĩnh", null, null, NOW, "admin");
		return new Certificate("42-2024-0001",
				new Certificate.Subject(UUID.randomUUID(), UUID.randomUUID(), "Cam chanh", "HTX Cam Vũ Quang",
						new UnitAt("18322", LocalDate.of(2025, 7, 1)), null, regulationCode, null),
				4, decision, LAST_DAY, null, ISSUED, NOW, "admin");
	}

	@Test
	void shouldTakeEachRegulationsReminderDaysOrTheOfficesWhereItSetsNone() throws IOException {
		Map<String, Regulation> all = regulations();

		assertThat(CertificateExpiry.reminderDays(all.get("26/2026/QĐ-TTg"), OFFICE_DAYS)).containsExactly(180, 135);
		assertThat(CertificateExpiry.reminderDays(all.get("1489/QĐ-TTg"), OFFICE_DAYS)).containsExactly(90, 60, 30);
		assertThat(CertificateExpiry.reminderDays(all.get("148/QĐ-TTg"), OFFICE_DAYS)).containsExactly(90, 60, 30);
		assertThat(CertificateExpiry.reminderDays(all.get("1048/QĐ-TTg"), List.of(45, 7))).containsExactly(45, 7);
	}

	@Test
	void shouldOpenAndCloseThe2026FilingWindowWithTheReminders() throws IOException {
		Regulation.Deadlines deadlines = regulations().get("26/2026/QĐ-TTg").deadlines();

		// 180 days before: the window opens; 135 = 15 days before it closes at 120
		assertThat(deadlines.renewalFilingFromDaysBeforeExpiry()).isEqualTo(180);
		assertThat(deadlines.renewalFilingUntilDaysBeforeExpiry()).isEqualTo(120);
		assertThat(deadlines.reminderDaysBeforeExpiry()).containsExactly(180, 135);
	}

	@Test
	void shouldUseTheOfficesDaysForARegulationWithoutDeadlines() {
		var bare = new Regulation("X/QĐ-TTg", "Không hạn", ISSUED, Map.of("A", 100), 36, List.of());
		var empty = new Regulation("Y/QĐ-TTg", "Rỗng", ISSUED, null, null, null, null, null, Map.of("A", 100), 36, null,
				List.of(), null, new Regulation.Deadlines(30, null, null, null, null, List.of()), null, null);

		assertThat(CertificateExpiry.reminderDays(bare, OFFICE_DAYS)).isSameAs(OFFICE_DAYS);
		assertThat(CertificateExpiry.reminderDays(empty, OFFICE_DAYS)).isSameAs(OFFICE_DAYS);
	}

	@Test
	void shouldRemindNothingBeforeTheFurthestThreshold() {
		Certificate certificate = certificate("26/2026/QĐ-TTg");

		assertThat(certificate.reminderDue(LAST_DAY.minusDays(181), List.of(180, 135))).isNull();
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(180), List.of(180, 135))).isEqualTo(180);
	}

	@Test
	void shouldSendEachReminderOnceInTurn() {
		Certificate certificate = certificate("26/2026/QĐ-TTg");
		List<Integer> days = List.of(180, 135);

		certificate.remind(180, NOW);
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(180), days)).isNull();
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(136), days)).isNull();
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(135), days)).isEqualTo(135);

		certificate.remind(135, NOW.plusSeconds(60));
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(10), days)).isNull();
		assertThat(certificate.reminderDue(LAST_DAY, days)).isNull();
		assertThat(certificate.history()).extracting(CertificateChange::getKind).containsExactly(CertificateChange.Kind.ISSUED,
				CertificateChange.Kind.REMINDED, CertificateChange.Kind.REMINDED);
		assertThat(certificate.history()).extracting(c -> c.toView(null).note()).containsExactly(null, "180", "135");
	}

	@Test
	void shouldSendOnlyTheLatestReminderDueAfterMissedDays() {
		Certificate certificate = certificate("148/QĐ-TTg");

		assertThat(certificate.reminderDue(LAST_DAY.minusDays(45), OFFICE_DAYS)).isEqualTo(60);
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(29), OFFICE_DAYS)).isEqualTo(30);
		assertThat(certificate.reminderDue(LAST_DAY, OFFICE_DAYS)).isEqualTo(30);

		certificate.remind(60, NOW);
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(45), OFFICE_DAYS)).isNull();
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(30), OFFICE_DAYS)).isEqualTo(30);
	}

	@Test
	void shouldRemindNothingOnceTheLastDayHasPassed() {
		Certificate certificate = certificate("148/QĐ-TTg");

		assertThat(certificate.reminderDue(LAST_DAY.plusDays(1), OFFICE_DAYS)).isNull();
	}

	@Test
	void shouldRemindNothingForACertificateNoLongerInForce() {
		Certificate certificate = certificate("148/QĐ-TTg");
		certificate.supersede("42-2026-0002", NOW, "admin");

		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(30), OFFICE_DAYS)).isNull();
	}

	@Test
	void shouldStillRemindADowngradedCertificate() {
		Certificate certificate = certificate("148/QĐ-TTg");
		certificate.downgrade(3, new Decision(DecisionKind.DOWNGRADE, "20/QĐ-UBND", ISSUED.plusYears(1), null,
				"Ủy ban nhân dân tỉnh Hà Tĩnh", "Không duy trì", null, NOW, "admin"), NOW, "admin");

		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.DOWNGRADED);
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(60), OFFICE_DAYS)).isEqualTo(60);
	}
}
