package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.certification.CertificateDowngraded;
import vn.ocop.certification.CertificateExpired;
import vn.ocop.certification.CertificateIssued;
import vn.ocop.certification.CertificateRevoked;
import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.notification.Notifications;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * The registry module booted alone with the administrative units of geography and the national rules of criteria
 * (product sets and dossier documents of each regulation), and mocks of identity and notification: the scope of an
 * account is worked out from the real units, as identity does. Its own empty in-memory database and no demo data:
 * every cycle, producer and product is the test's (each producer with a registration number of its own).
 */
@ApplicationModuleTest(extraIncludes = { "geography", "criteria" })
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:registry-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class RegistryModuleTests {

	/** Xã Đức Lĩnh of huyện Vũ Quang (441) in 2024; huyện Nghi Xuân is 442. */
	static final String DUC_LINH = "18322";
	static final int YEAR = 2024;
	static final String REGULATION = "1048/QĐ-TTg";

	static final CurrentUser OFFICE = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
	static final CurrentUser VU_QUANG = new CurrentUser("district-vq", "Phòng NN Vũ Quang",
			Set.of(Role.DISTRICT_OFFICER), "441");
	static final CurrentUser NGHI_XUAN = new CurrentUser("district-nx", "Phòng NN Nghi Xuân",
			Set.of(Role.DISTRICT_OFFICER), "442");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
			.getBytes(StandardCharsets.ISO_8859_1);

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	Notifications notifications;

	@Autowired
	GeographyApi geography;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ProductLifecycle lifecycle;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void setUp() {
		// the scope rule of identity's AccessScope, on the real units
		when(scope.covers(any(CurrentUser.class), anyString(), any(LocalDate.class))).thenAnswer(call -> {
			CurrentUser user = call.getArgument(0);
			String code = call.getArgument(1);
			LocalDate on = call.getArgument(2);
			return user.unitCode().equals(code) || geography.isWithin(code, user.unitCode(), on)
					|| geography.codesWithin(user.unitCode()).contains(code);
		});
		when(scope.covers(any(CurrentUser.class), any(UnitAt.class))).thenAnswer(call -> {
			CurrentUser user = call.getArgument(0);
			UnitAt unit = call.getArgument(1);
			return user.unitCode().equals(unit.code()) || geography.isWithin(unit.code(), user.unitCode(), unit.date())
					|| geography.codesWithin(user.unitCode()).contains(unit.code());
		});
		signIn(OFFICE);
		if (registry.cycles().stream().noneMatch(c -> c.year() == YEAR)) {
			registry.openCycle(YEAR, REGULATION, null);
		}
	}

	@Test
	void shouldTakeAnIdeaThroughSelectionTellingTheOfficersAndTheProducer(AssertablePublishedEvents events) {
		when(users.usernamesCovering(any(UnitAt.class), any(Role[].class)))
				.thenReturn(List.of(VU_QUANG.username()));
		when(users.find("producer-dl")).thenReturn(Optional.of(new UserSummary(UUID.randomUUID(), "producer-dl",
				"HTX Cam Đức Lĩnh", null, Set.of(Role.PRODUCER), DUC_LINH, true, false, null)));
		var producer = registry.createProducer(producer("HTX Cam Đức Lĩnh"));
		registry.linkAccount(producer.id(), "producer-dl");

		var product = registry.registerProduct(producer.id(), idea("Cam bù Đức Lĩnh"), YEAR);

		assertThat(product.status()).isEqualTo(ProductStatus.IDEA_REGISTERED);
		assertThat(product.unitDate()).as("the commune as it stood on the registration day").isBefore(LocalDate.of(2025, 7, 1));
		verify(notifications, timeout(5000)).send(argThat(n -> n.messageCode().equals("registry.notice.ideaRegistered")
				&& n.recipients().contains(VU_QUANG.username())));

		signIn(VU_QUANG); // the district selects a 2024 idea (communes select from July 2025)
		var selected = registry.decideSelection(product.id(), true, "Có tiềm năng");

		assertThat(selected.status()).isEqualTo(ProductStatus.SELECTED);
		assertThat(registry.timeline(product.id())).extracting(StatusChange::to)
				.containsExactly(ProductStatus.IDEA_REGISTERED, ProductStatus.SELECTED);
		assertThat(events).contains(ProductStatusChanged.class)
				.matching(e -> e.productId().equals(product.id()) && e.to() == ProductStatus.SELECTED);
		verify(notifications, timeout(5000)).send(argThat(n -> n.messageCode().equals("registry.notice.selected")
				&& n.recipients().contains("producer-dl")));
	}

	@Test
	void shouldRefuseAnIncompleteDossierNamingWhatIsMissingAndTakeItCompleted() throws Exception {
		var product = selectedProduct("Mật ong Vũ Quang");
		var dossier = registry.dossier(product.id());
		assertThat(dossier.missing()).isNotEmpty();

		assertThatThrownBy(() -> registry.submit(product.id())).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.UNPROCESSABLE);
			assertThat(e.properties().get("missingDocuments")).isEqualTo(dossier.missing());
		});
		assertThat(registry.product(product.id()).status()).isEqualTo(ProductStatus.SELECTED);

		for (String type : dossier.missing()) {
			registry.upload(product.id(), type, type + ".pdf", new ByteArrayInputStream(PDF));
		}
		assertThat(registry.dossier(product.id()).complete()).isTrue();
		assertThat(registry.submit(product.id()).status()).isEqualTo(ProductStatus.SUBMITTED);
	}

	@Test
	void shouldKeepOfficersToTheirArea() {
		signIn(NGHI_XUAN);
		assertThatThrownBy(() -> registry.createProducer(producer("HTX ngoài địa bàn")))
				.isInstanceOf(AccessDeniedException.class);

		signIn(OFFICE);
		var producer = registry.createProducer(producer("Cơ sở Kẹo cu đơ"));
		var product = registry.registerProduct(producer.id(), idea("Kẹo cu đơ"), YEAR);
		signIn(NGHI_XUAN);
		assertThatThrownBy(() -> registry.decideSelection(product.id(), true, null))
				.isInstanceOf(AccessDeniedException.class);
		signIn(OFFICE);
		assertThat(registry.product(product.id()).status()).isEqualTo(ProductStatus.IDEA_REGISTERED);
	}

	@Test
	void shouldRefuseAProductSetOfAnotherRegulationAndAnUnknownCommune() {
		var producer = registry.createProducer(producer("HTX Nghệ"));

		assertThatThrownBy(() -> registry.registerProduct(producer.id(),
				ProductDetails.basic("Tinh bột nghệ", "no-such-set", DUC_LINH, null), YEAR))
				.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> registry.registerProduct(producer.id(),
				ProductDetails.basic("Tinh bột nghệ", "1048-01", "99999", null), YEAR))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("geography.unit.unknown"));
		assertThat(registry.allProducts(new ProductFilter(null, null, null, null, null, null, null), 100))
				.noneMatch(p -> p.producerId().equals(producer.id()));
	}

	@Test
	void shouldRefuseTheSameRegistrationNumberTwice() {
		var details = producer("HTX Chè");
		registry.createProducer(details);
		assertThatThrownBy(() -> registry.createProducer(details)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageCode()).isEqualTo("registry.producer.exists"));
	}

	@Test
	void shouldFollowACertificateFromIssueThroughDowngradeToRevocation() throws Exception {
		var product = ratedProduct("Cam bù Hương Sơn", 4);
		LocalDate decided = LocalDate.of(YEAR, 12, 1);

		// the registry follows each event in the transaction that publishes it: no waiting
		publish(new CertificateIssued("42-2024-0001", product.id(), product.producerId(), 4, decided,
				decided.plusYears(3), "01/QĐ-UBND", "office", "QĐ 01/QĐ-UBND ngày " + decided));
		assertThat(registry.product(product.id())).satisfies(p -> {
			assertThat(p.status()).isEqualTo(ProductStatus.CERTIFIED);
			assertThat(p.stars()).isEqualTo(4);
		});
		assertThat(registry.timeline(product.id())).last().satisfies(step -> {
			assertThat(step.to()).isEqualTo(ProductStatus.CERTIFIED);
			assertThat(step.by()).isEqualTo("office");
			assertThat(step.reason()).isEqualTo("QĐ 01/QĐ-UBND ngày " + decided);
		});

		publish(new CertificateDowngraded("42-2024-0001", product.id(), product.producerId(), 4, 3, "02/QĐ-UBND",
				decided.plusMonths(1)));
		assertThat(registry.product(product.id())).satisfies(p -> {
			assertThat(p.status()).isEqualTo(ProductStatus.CERTIFIED);
			assertThat(p.stars()).isEqualTo(3);
		});

		publish(new CertificateRevoked("42-2024-0001", product.id(), product.producerId(), "03/QĐ-UBND",
				decided.plusMonths(2), "Vi phạm an toàn thực phẩm", true, "office",
				"QĐ 03/QĐ-UBND ngày " + decided.plusMonths(2)));
		assertThat(registry.product(product.id()).status()).isEqualTo(ProductStatus.REVOKED);
		assertThat(registry.timeline(product.id())).last().satisfies(step -> {
			assertThat(step.to()).isEqualTo(ProductStatus.REVOKED);
			assertThat(step.by()).isEqualTo("office");
			assertThat(step.reason())
					.isEqualTo("Vi phạm an toàn thực phẩm (QĐ 03/QĐ-UBND ngày " + decided.plusMonths(2) + ")");
		});
	}

	@Test
	void shouldExpireTheProductWithItsCertificateAndLeaveItWhenALapsedOneIsRevoked() throws Exception {
		var product = ratedProduct("Nhút Thanh Chương", 3);
		LocalDate decided = LocalDate.of(YEAR, 12, 2);
		publish(new CertificateIssued("42-2024-0002", product.id(), product.producerId(), 3, decided,
				decided.plusYears(3), "04/QĐ-UBND", "office", "QĐ 04/QĐ-UBND ngày " + decided));

		publish(new CertificateExpired("42-2024-0002", product.id(), product.producerId(), 3,
				decided.plusYears(3).minusDays(1), "system"));
		assertThat(registry.product(product.id()).status()).isEqualTo(ProductStatus.EXPIRED);
		assertThat(registry.timeline(product.id())).last().satisfies(step -> {
			assertThat(step.to()).isEqualTo(ProductStatus.EXPIRED);
			assertThat(step.by()).isEqualTo("system");
		});

		// the lapsed certificate revoked afterwards: the product is no longer certified and stays as it is
		publish(new CertificateRevoked("42-2024-0002", product.id(), product.producerId(), "05/QĐ-UBND",
				decided.plusYears(3).plusDays(5), "Vi phạm", false, "office", "QĐ 05/QĐ-UBND"));
		assertThat(registry.product(product.id()).status()).isEqualTo(ProductStatus.EXPIRED);
	}

	@Test
	void shouldRateAProductStillUnderEvaluationWhenTheMinisterRecognisesIt() throws Exception {
		var product = submittedProduct("Nước mắm Cửa Hội");
		lifecycle.startEvaluation(product.id(), "council");
		LocalDate decided = LocalDate.of(YEAR, 12, 3);

		publish(new CertificateIssued("42-2024-0003", product.id(), product.producerId(), 5, decided,
				decided.plusYears(3), "06/QĐ-BNNMT", "office", "QĐ 06/QĐ-BNNMT ngày " + decided));

		assertThat(registry.product(product.id())).satisfies(p -> {
			assertThat(p.status()).isEqualTo(ProductStatus.CERTIFIED);
			assertThat(p.stars()).isEqualTo(5);
		});
		assertThat(registry.timeline(product.id())).extracting(StatusChange::to).endsWith(
				ProductStatus.UNDER_EVALUATION, ProductStatus.RATED, ProductStatus.CERTIFIED);
	}

	@Test
	void shouldFailTogetherWithTheCertificateWhenTheProductCannotBeCertified() throws Exception {
		var product = submittedProduct("Chè Hương Đá");
		LocalDate decided = LocalDate.of(YEAR, 12, 4);

		assertThatThrownBy(() -> publish(new CertificateIssued("42-2024-0004", product.id(), product.producerId(), 4,
				decided, decided.plusYears(3), "07/QĐ-UBND", "office", "QĐ 07/QĐ-UBND")))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.product.illegalTransition"));
		assertThat(registry.product(product.id()).status()).isEqualTo(ProductStatus.SUBMITTED);
	}

	/** Publishes the event in a transaction, as the certification module does when it saves the certificate. */
	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> publisher.publishEvent(event));
	}

	private ProductSummary submittedProduct(String name) throws Exception {
		var product = selectedProduct(name);
		for (String type : registry.dossier(product.id()).missing()) {
			registry.upload(product.id(), type, type + ".pdf", new ByteArrayInputStream(PDF));
		}
		return registry.submit(product.id());
	}

	private ProductSummary ratedProduct(String name, int stars) throws Exception {
		var product = submittedProduct(name);
		lifecycle.startEvaluation(product.id(), "council");
		lifecycle.recordRating(product.id(), true, stars, "council", "Hội đồng tỉnh: " + stars + "★");
		return registry.product(product.id());
	}

	private ProductSummary selectedProduct(String name) {
		signIn(OFFICE);
		var producer = registry.createProducer(producer("Cơ sở " + name));
		var product = registry.registerProduct(producer.id(), idea(name), YEAR);
		return registry.decideSelection(product.id(), true, null);
	}

	private static ProducerDetails producer(String name) {
		String number = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
		return ProducerDetails.basic(name + " " + UUID.randomUUID().toString().substring(0, 6), LegalForm.COOPERATIVE,
				number, DUC_LINH, null, null, null);
	}

	private static ProductDetails idea(String name) {
		return ProductDetails.basic(name + " " + UUID.randomUUID().toString().substring(0, 6), "1048-01", DUC_LINH,
				"Sản phẩm của thử nghiệm");
	}

	private void signIn(CurrentUser user) {
		when(scope.requireCurrentUser()).thenReturn(user);
		when(scope.currentUser()).thenReturn(Optional.of(user));
	}
}
