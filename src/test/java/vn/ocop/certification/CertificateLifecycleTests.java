package vn.ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * The certificate's transitions, plain: issued by a recognition decision (already EXPIRED for an old one), lowered
 * by a downgrade decision, revoked once (even after it lapsed), expired only after its last day, superseded by a
 * renewal, renamed while in force; each step on its history and, where other modules follow, as an event.
 */
class CertificateLifecycleTests {

	static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
	static final Instant LATER = Instant.parse("2026-06-04T02:00:00Z");
	static final LocalDate DECIDED = LocalDate.of(2025, 3, 10);
	static final LocalDate LAST_DAY = DECIDED.plusMonths(36).minusDays(1);
	static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

	static Decision decision(DecisionKind kind, String number, LocalDate date) {
		return new Decision(kind, number, date, "Nguyễn Văn B", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Lý do", null, NOW,
				"admin");
	}

	static Certificate certificate(int stars, LocalDate decided, LocalDate lastDay, LocalDate today) {
		return new Certificate("42-2025-0001",
				new Certificate.Subject(UUID.randomUUID(), UUID.randomUUID(), "Cam chanh Vũ Quang", "HTX Cam Vũ Quang",
						new UnitAt("18322", LocalDate.of(2025, 7, 1)), null, "148/QĐ-TTg", null),
				stars, decision(DecisionKind.RECOGNITION, "15/QĐ-UBND", decided), lastDay, null, today, NOW, "admin");
	}

	static Certificate inForce(int stars) {
		return certificate(stars, DECIDED, LAST_DAY, TODAY);
	}

	@SuppressWarnings("unchecked")
	static Collection<Object> events(Certificate certificate) {
		return (Collection<Object>) ReflectionTestUtils.invokeMethod(certificate, "domainEvents");
	}

	static String code(Runnable action) {
		try {
			action.run();
		}
		catch (BusinessRuleException e) {
			return e.messageCode();
		}
		throw new AssertionError("no business rule refused it");
	}

	@Test
	void shouldIssueValidFromTheDecisionDayWithItsHistoryAndEvent() {
		Certificate certificate = inForce(4);

		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.VALID);
		assertThat(certificate.getValidFrom()).isEqualTo(DECIDED);
		assertThat(certificate.getStars()).isEqualTo(4);
		assertThat(certificate.getIssuedStars()).isEqualTo(4);
		assertThat(certificate.history()).extracting(CertificateChange::getKind).containsExactly(CertificateChange.Kind.ISSUED);
		assertThat(events(certificate)).singleElement().isInstanceOfSatisfying(CertificateIssued.class, e -> {
			assertThat(e.stars()).isEqualTo(4);
			assertThat(e.validUntil()).isEqualTo(LAST_DAY);
			assertThat(e.decisionNumber()).isEqualTo("15/QĐ-UBND");
		});
		assertThat(certificate.expiredOnIssue()).isFalse();
	}

	@Test
	void shouldCertifyOnlyThreeToFiveStarsByARecognition() {
		assertThat(code(() -> inForce(2))).isEqualTo("certification.stars.notCertifiable");
		assertThat(code(() -> inForce(6))).isEqualTo("certification.stars.notCertifiable");
		assertThatThrownBy(() -> new Certificate("42-2025-0002",
				new Certificate.Subject(UUID.randomUUID(), UUID.randomUUID(), "A", "B", new UnitAt("18322", DECIDED), null, "148/QĐ-TTg",
						null),
				3, decision(DecisionKind.REVOCATION, "1/QĐ", DECIDED), LAST_DAY, null, TODAY, NOW, "admin"))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> certificate(3, DECIDED, DECIDED.minusDays(1), TODAY))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldIssueAnOldDecisionAlreadyExpired() {
		LocalDate decided = TODAY.minusMonths(37);
		Certificate certificate = certificate(3, decided, decided.plusMonths(36).minusDays(1), TODAY);

		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(certificate.expiredOnIssue()).isTrue();
		assertThat(certificate.history()).extracting(CertificateChange::getKind)
				.containsExactly(CertificateChange.Kind.ISSUED, CertificateChange.Kind.EXPIRED);
		assertThat(events(certificate)).hasExactlyElementsOfTypes(CertificateIssued.class, CertificateExpired.class);
	}

	@Test
	void shouldDowngradeToFewerStarsAndStayInForce() {
		Certificate certificate = inForce(5);

		certificate.downgrade(3, decision(DecisionKind.DOWNGRADE, "7/QĐ-UBND", TODAY), LATER, "admin");

		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.DOWNGRADED);
		assertThat(certificate.getStatus().inForce()).isTrue();
		assertThat(certificate.getStars()).isEqualTo(3);
		assertThat(certificate.getIssuedStars()).isEqualTo(5);
		assertThat(events(certificate)).last().isInstanceOfSatisfying(CertificateDowngraded.class, e -> {
			assertThat(e.fromStars()).isEqualTo(5);
			assertThat(e.toStars()).isEqualTo(3);
		});
		assertThat(certificate.history()).last().satisfies(c -> assertThat(c.getKind()).isEqualTo(CertificateChange.Kind.DOWNGRADED));
	}

	@Test
	void shouldRefuseADowngradeThatDoesNotLowerTheStarsOrGoesBelowThree() {
		Certificate certificate = inForce(4);
		Decision downgrade = decision(DecisionKind.DOWNGRADE, "7/QĐ-UBND", TODAY);

		assertThat(code(() -> certificate.downgrade(4, downgrade, LATER, "admin"))).isEqualTo("certification.downgrade.badStars");
		assertThat(code(() -> certificate.downgrade(5, downgrade, LATER, "admin"))).isEqualTo("certification.downgrade.badStars");
		assertThat(code(() -> certificate.downgrade(2, downgrade, LATER, "admin"))).isEqualTo("certification.downgrade.badStars");
		assertThatThrownBy(() -> certificate.downgrade(3, decision(DecisionKind.REVOCATION, "8/QĐ", TODAY), LATER, "admin"))
				.isInstanceOf(IllegalArgumentException.class);
		assertThat(certificate.getStars()).isEqualTo(4);
		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	void shouldRefuseADecisionDatedBeforeTheCertificate() {
		Certificate certificate = inForce(4);

		assertThat(code(() -> certificate.downgrade(3, decision(DecisionKind.DOWNGRADE, "7/QĐ", DECIDED.minusDays(1)),
				LATER, "admin"))).isEqualTo("certification.decision.beforeIssue");
		assertThat(code(() -> certificate.revoke(decision(DecisionKind.REVOCATION, "8/QĐ", DECIDED.minusDays(1)), LATER,
				"admin"))).isEqualTo("certification.decision.beforeIssue");
	}

	@Test
	void shouldRevokeOnceEvenAfterTheCertificateLapsed() {
		Certificate certificate = inForce(4);
		certificate.expire(LAST_DAY.plusDays(1), LATER, CertificateExpiry.ACTOR);

		certificate.revoke(decision(DecisionKind.REVOCATION, "9/QĐ-UBND", LAST_DAY.plusDays(2)), LATER, "admin");

		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(certificate.getRevocationDecisionId()).isNotNull();
		assertThat(events(certificate)).last().isInstanceOf(CertificateRevoked.class);
		assertThat(code(() -> certificate.revoke(decision(DecisionKind.REVOCATION, "10/QĐ", LAST_DAY.plusDays(3)), LATER,
				"admin"))).isEqualTo("certification.certificate.alreadyRevoked");
	}

	@Test
	void shouldExpireOnlyAfterItsLastDay() {
		Certificate certificate = inForce(3);

		assertThat(code(() -> certificate.expire(LAST_DAY, LATER, CertificateExpiry.ACTOR)))
				.isEqualTo("certification.certificate.notYetExpired");
		assertThat(certificate.statusOn(LAST_DAY)).isEqualTo(CertificateStatus.VALID);
		// past the last day it reads EXPIRED before the job has run
		assertThat(certificate.statusOn(LAST_DAY.plusDays(1))).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.VALID);

		certificate.expire(LAST_DAY.plusDays(1), LATER, CertificateExpiry.ACTOR);

		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(certificate.expiredOnIssue()).isFalse();
		assertThat(events(certificate)).last().isInstanceOf(CertificateExpired.class);
	}

	@Test
	void shouldChangeNothingOnceOutOfForce() {
		Certificate certificate = inForce(5);
		certificate.supersede("42-2028-0007", LATER, "admin");

		assertThat(certificate.getStatus()).isEqualTo(CertificateStatus.SUPERSEDED);
		assertThat(certificate.getStatus().publicStatus()).isEqualTo(CertificateStatus.EXPIRED);
		assertThat(certificate.getReplacedBy()).isEqualTo("42-2028-0007");
		assertThat(code(() -> certificate.downgrade(3, decision(DecisionKind.DOWNGRADE, "7/QĐ", TODAY), LATER, "admin")))
				.isEqualTo("certification.certificate.notInForce");
		assertThat(code(() -> certificate.supersede("42-2028-0008", LATER, "admin")))
				.isEqualTo("certification.certificate.notInForce");
		assertThat(code(() -> certificate.expire(LAST_DAY.plusDays(1), LATER, "system")))
				.isEqualTo("certification.certificate.notInForce");
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(10), java.util.List.of(30))).isNull();
	}

	@Test
	void shouldTakeTheApprovedNameOnlyWhileInForce() {
		Certificate certificate = inForce(4);

		assertThat(certificate.amendProductName("Cam chanh Vũ Quang", LATER, "admin")).isFalse();
		assertThat(certificate.amendProductName("Cam chanh Vũ Quang loại 1", LATER, "admin")).isTrue();
		assertThat(certificate.getProductName()).isEqualTo("Cam chanh Vũ Quang loại 1");
		assertThat(certificate.history()).last().satisfies(c -> assertThat(c.getKind()).isEqualTo(CertificateChange.Kind.AMENDED));

		certificate.revoke(decision(DecisionKind.REVOCATION, "9/QĐ", TODAY), LATER, "admin");
		assertThat(certificate.amendProductName("Tên khác", LATER, "admin")).isFalse();
		assertThat(certificate.getProductName()).isEqualTo("Cam chanh Vũ Quang loại 1");
	}

	@Test
	void shouldRecordEachReminderOnTheHistoryAndAsAnEvent() {
		Certificate certificate = inForce(4);

		certificate.remind(90, LATER);

		assertThat(certificate.reminderDue(LAST_DAY.minusDays(80), java.util.List.of(90, 60, 30))).isNull();
		assertThat(certificate.reminderDue(LAST_DAY.minusDays(60), java.util.List.of(90, 60, 30))).isEqualTo(60);
		assertThat(certificate.history()).last().satisfies(c -> assertThat(c.getKind()).isEqualTo(CertificateChange.Kind.REMINDED));
		assertThat(events(certificate)).last().isInstanceOfSatisfying(ExpiryReminderSent.class,
				e -> assertThat(e.daysBefore()).isEqualTo(90));
	}

	@Test
	void shouldShowItsHistoryStepsWithTheirDecisions() {
		Certificate certificate = inForce(5);
		Decision downgrade = decision(DecisionKind.DOWNGRADE, "7/QĐ-UBND", TODAY);
		certificate.downgrade(4, downgrade, LATER, "district");

		CertificateChangeView step = certificate.history().get(1).toView(downgrade.toView());

		assertThat(step.kind()).isEqualTo("DOWNGRADED");
		assertThat(step.fromStars()).isEqualTo(5);
		assertThat(step.toStars()).isEqualTo(4);
		assertThat(step.by()).isEqualTo("district");
		assertThat(step.decision().number()).isEqualTo("7/QĐ-UBND");
	}
}
