package vn.ocop.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.criteria.DossierType;
import vn.ocop.evaluation.CentralCouncil;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * The certification module booted alone with the criteria module (the regulations and their levels are data), on
 * its own empty in-memory database and no demo data: the products, their producer and the signed-in office are the
 * test's, given through mocks of the registry, evaluation, identity, geography and notification APIs. Recognition,
 * downgrade, (bulk) revocation, the decision register and the expiry job, each with the event the registry follows
 * (registry side: RegistryModuleTests) and what it tells the people concerned.
 */
@ApplicationModuleTest(extraIncludes = "criteria")
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:certification-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false", "ocop.certification.expiry-job=false" })
class CertificationModuleTests {

	static final String DUC_LINH = "18322";
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	RegistryManagement registry;

	@MockitoBean
	ProductLifecycle lifecycle;

	@MockitoBean
	EvaluationManagement evaluation;

	@MockitoBean
	CentralCouncil centralCouncil;

	@MockitoBean
	GeographyApi geography;

	@MockitoBean
	Notifications notices;

	@Autowired
	CertificateIssuing issuing;

	@Autowired
	DowngradeAndRevocation decisions;

	@Autowired
	CertificateQueries queries;

	@Autowired
	DecisionRegister register;

	@Autowired
	CertificateDocuments documents;

	@Autowired
	CertificateExpiry expiry;

	final CurrentUser office = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
	LocalDate today;
	ProducerSummary producer;

	@Autowired
	EventPublicationRegistry publications;

	@BeforeEach
	void setUp() {
		// an earlier test's certificate may still be told to its producer on another thread (it asks the registry's
		// mock), and a stub set meanwhile would take that call for the one to stub
		awaitListeners(event -> true);
		today = LocalDate.now(ZONE);
		producer = new ProducerSummary(UUID.randomUUID(), "HTX Cam " + suffix(), LegalForm.COOPERATIVE, "4201234567",
				null, null, null, DUC_LINH, LocalDate.of(2024, 1, 1), null, null, 7, 12, 5, 0, 2024, false,
				Set.of("producer-acct"), Instant.parse("2024-01-01T00:00:00Z"));
		doReturn(producer).when(lifecycle).producer(producer.id());
		when(scope.requireCurrentUser()).thenReturn(office);
		when(scope.covers(any(), anyString(), any())).thenReturn(true);
		when(scope.covers(any(CurrentUser.class), any(UnitAt.class))).thenReturn(true);
	}

	/**
	 * Waits (ten seconds at most) until the listeners of the certificates issued that {@code which} names are done:
	 * a stub of the registry's mock set while another thread calls it would be taken for that call's (doReturn as
	 * well as when).
	 */
	void awaitListeners(java.util.function.Predicate<CertificateIssued> which) {
		try {
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> publications
					.findIncompletePublications().stream()
					.noneMatch(p -> p.getEvent() instanceof CertificateIssued event && which.test(event)));
		}
		catch (org.awaitility.core.ConditionTimeoutException e) {
			// a listener that failed stays incomplete: nothing runs any more, the stubs are safe
		}
	}

	static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	/** A product RATED at the stars, filed today (so rated under the regulation in force). */
	ProductSummary rated(int stars, ProductStatus status) {
		var product = new ProductSummary(UUID.randomUUID(), "Cam chanh " + suffix(), producer.id(), producer.name(),
				today.getYear(), "26/2026/QĐ-TTg", "26-2026-01", DUC_LINH, today, RegistrationType.NEW_PRODUCT, null,
				null, null, null, null, null, null, null, status, stars, Instant.now(), Instant.now(), DossierType.FIRST,
				today, false);
		// doReturn: a listener of an earlier test's events may be calling the mock on another thread meanwhile, and
		// when(mock.call()) would take that thread's call for the one to stub
		doReturn(Map.of(product.id(), product)).when(lifecycle).summaries(List.of(product.id()));
		doReturn(product).when(lifecycle).summary(product.id());
		return product;
	}

	CertificateView issue(ProductSummary product, LocalDate decided) {
		CertificateView issued = issuing.issue(product.id(),
				NewDecision.recognition("R-" + suffix() + "/QĐ-UBND", decided, "Nguyễn Văn B", null));
		// the producer is told on another thread, asking the registry's mock: not while the mock is stubbed again
		awaitListeners(event -> event.productId().equals(product.id()));
		// the registry now holds the product as CERTIFIED (what it does on CertificateIssued)
		doReturn(certified(product, issued.stars())).when(lifecycle).summary(product.id());
		return issued;
	}

	static ProductSummary certified(ProductSummary p, int stars) {
		return new ProductSummary(p.id(), p.name(), p.producerId(), p.producerName(), p.cycleYear(), p.regulationCode(),
				p.productSetCode(), p.communeCode(), p.unitDate(), p.registrationType(), null, null, null, null, null,
				null, null, null, ProductStatus.CERTIFIED, stars, p.createdAt(), p.statusChangedAt(), p.dossierType(),
				p.filedOn(), false);
	}

	@Test
	void shouldRecogniseARatedProductAndCertifyItInTheRegistry(AssertablePublishedEvents events) {
		ProductSummary product = rated(4, ProductStatus.RATED);

		CertificateView certificate = issue(product, today.minusDays(3));

		assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
		assertThat(certificate.stars()).isEqualTo(4);
		assertThat(certificate.validFrom()).isEqualTo(today.minusDays(3));
		assertThat(certificate.validUntil()).isAfter(today.plusYears(2));
		assertThat(certificate.regulationCode()).isEqualTo("26/2026/QĐ-TTg");
		// the registry follows the event, in this transaction: the product becomes CERTIFIED at 4★ by the decision
		assertThat(events).contains(CertificateIssued.class).matching(CertificateIssued::code, certificate.code())
				.matching(e -> e.productId().equals(product.id()) && e.stars() == 4 && e.actor().equals("office")
						&& e.note().startsWith("QĐ " + certificate.decision().number()));
		assertThat(queries.certificate(certificate.code()).productName()).isEqualTo(product.name());
		assertThat(queries.awaitingCentralResult()).isEmpty();
	}

	@Test
	void shouldRefuseAProductThatIsNotRatedAndIssueNothing(AssertablePublishedEvents events) {
		ProductSummary product = rated(4, ProductStatus.SUBMITTED);

		assertThatThrownBy(() -> issuing.issue(product.id(), NewDecision.recognition("X-" + suffix(), today, null, null)))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
					assertThat(e.messageCode()).isEqualTo("certification.issue.refused");
				});
		assertThatThrownBy(() -> issuing.issue(product.id(), NewDecision.recognition("X-" + suffix(), today.plusDays(1),
				null, null))).isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("certification.decision.future"));
		assertThat(events.ofType(CertificateIssued.class).matching(e -> e.productId().equals(product.id()))).isEmpty();
		assertThat(queries.certificates(new CertificateFilter(null, null, product.name()))).isEmpty();
	}

	@Test
	void shouldDowngradeAndTellTheProducerAndTheOfficers(AssertablePublishedEvents events) {
		ProductSummary product = rated(4, ProductStatus.RATED);
		String code = issue(product, today.minusDays(30)).code();

		CertificateView lowered = decisions.downgrade(code, 3,
				new NewDecision("H-" + suffix() + "/QĐ-UBND", today, null, null, "Không duy trì VietGAP", null));

		assertThat(lowered.status()).isEqualTo(CertificateStatus.DOWNGRADED);
		assertThat(lowered.stars()).isEqualTo(3);
		assertThat(events).contains(CertificateDowngraded.class).matching(CertificateDowngraded::code, code)
				.matching(e -> e.productId().equals(product.id()) && e.toStars() == 3);
		verify(notices, atLeastOnce()).send(any(Notice.class));
		assertThat(queries.notifications(50)).filteredOn(n -> n.code().equals(code))
				.extracting(NotificationView::kind).contains("DOWNGRADED");
		assertThat(queries.history(code)).extracting(CertificateChangeView::kind).containsExactly("ISSUED", "DOWNGRADED");
		assertThat(decisions.mayDecideOn(code)).isTrue();
	}

	@Test
	void shouldRevokeInBulkAllOrNothing(AssertablePublishedEvents events) {
		ProductSummary first = rated(3, ProductStatus.RATED);
		ProductSummary second = rated(4, ProductStatus.RATED);
		String one = issue(first, today.minusDays(10)).code();
		String two = issue(second, today.minusDays(10)).code();
		NewDecision revocation = new NewDecision("T-" + suffix() + "/QĐ-UBND", today, null, null, "Vi phạm", null)
				.withGround("LAW_BREACH", today.minusDays(1));

		assertThatThrownBy(() -> decisions.revokeAll(List.of(one, "42-1999-9999"), revocation))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("certification.revoke.refused"));
		assertThat(queries.certificate(one).status()).isEqualTo(CertificateStatus.VALID);

		List<CertificateView> revoked = decisions.revokeAll(List.of(one, two), revocation);

		assertThat(revoked).extracting(CertificateView::status).containsOnly(CertificateStatus.REVOKED);
		for (ProductSummary product : List.of(first, second)) {
			assertThat(events).contains(CertificateRevoked.class).matching(e -> e.productId().equals(product.id())
					&& e.wasInForce() && e.actor().equals("office") && e.reason().equals("Vi phạm")
					&& e.note().startsWith("QĐ " + revocation.number()));
		}
		DecisionDocument decision = register.decision(revoked.get(0).revocation().id());
		assertThat(decision.decision().groundCode()).isEqualTo("LAW_BREACH");
		assertThat(decision.decision().deliverBy()).isEqualTo(today.minusDays(1).plusDays(15));
		assertThat(decision.lines()).extracting(DecisionDocument.Line::code).containsExactlyInAnyOrder(one, two);
		assertThat(register.decisionPdf(decision.decision().id())).startsWith("%PDF".getBytes());
	}

	@Test
	void shouldRemindThenExpireAsTheDaysPass(AssertablePublishedEvents events) {
		ProductSummary product = rated(3, ProductStatus.RATED);
		CertificateView issued = issue(product, today.minusDays(10));
		LocalDate lastDay = issued.validUntil();

		expiry.runOn(lastDay.minusDays(100));
		assertThat(events).contains(ExpiryReminderSent.class).matching(ExpiryReminderSent::code, issued.code());
		assertThat(queries.notifications(50)).filteredOn(n -> n.code().equals(issued.code()))
				.extracting(NotificationView::kind).contains("RENEWAL_WINDOW");

		expiry.runOn(lastDay.plusDays(1));

		assertThat(events).contains(CertificateExpired.class).matching(CertificateExpired::code, issued.code());
		assertThat(events).contains(CertificateExpired.class)
				.matching(e -> e.productId().equals(product.id()) && e.actor().equals(CertificateExpiry.ACTOR));
		assertThat(queries.notifications(50)).filteredOn(n -> n.code().equals(issued.code()))
				.extracting(NotificationView::kind).contains("EXPIRED");
	}

	@Test
	void shouldGiveTheCertificateAsAPdfAndItsLabelOnlyWhileInForce() {
		ProductSummary product = rated(4, ProductStatus.RATED);
		String code = issue(product, today.minusDays(1)).code();

		assertThat(documents.pdf(code)).startsWith("%PDF".getBytes());
		assertThat(documents.labelSvg(code)).contains("<svg");

		decisions.revoke(code, new NewDecision("T-" + suffix() + "/QĐ-UBND", today, null, null, "Vi phạm", null)
				.withGround("MARK_MISUSE", null));

		assertThatThrownBy(() -> documents.labelPng(code)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageCode()).isEqualTo("certification.label.notInForce"));
	}
}
