package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doReturn;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.certification.CertificateDowngraded;
import vn.ocop.certification.CertificateRevoked;
import vn.ocop.certification.CertificateStatus;
import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;

/**
 * The shop module booted alone with the administrative units of geography (a buyer's commune must be in force) and
 * mocks of identity, registry, certification, criteria and notification. Its own empty in-memory database and no
 * demo data: every producer, product and certificate is the test's, answered by the mocks.
 */
@ApplicationModuleTest(extraIncludes = "geography")
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:shop-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class ShopModuleTests {

	static final String DUC_LINH = "18322";
	static final CurrentUser OFFICE = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	ProductLifecycle lifecycle;

	@MockitoBean
	RegistryManagement registry;

	@MockitoBean
	CertificationManagement certification;

	@MockitoBean
	CriteriaApi criteria;

	@MockitoBean
	Notifications notifications;

	@Autowired
	ShopManagement shop;

	@Autowired
	Clock clock;

	final List<CertificateView> certificates = new ArrayList<>();
	CurrentUser producerAccount;
	String commune;

	@BeforeEach
	void setUp() {
		String account = "producer-" + UUID.randomUUID().toString().substring(0, 8);
		producerAccount = new CurrentUser(account, account, Set.of(Role.PRODUCER), DUC_LINH);
		when(certification.certificates(any())).thenReturn(certificates);
		commune = shop.communesOf("42").get(0).code();
	}

	@Test
	void shouldListOnlyAProductWithACertificateInForceAndOnlyForItsProducer() {
		var producer = producer("HTX Cam " + suffix(), producerAccount.username());
		var certified = product(producer, "Cam bù");
		var uncertified = product(producer, "Mật ong");
		certify(certified, 3);
		signIn(producerAccount);

		var listing = shop.publish(certified.id(), details("Cam bù hộp 5 kg", 175_000, 20));

		assertThat(listing.status()).isEqualTo(ListingStatus.ACTIVE);
		assertThat(listing.stars()).isEqualTo(3);
		assertThat(listing.onSale()).isTrue();
		assertThatThrownBy(() -> shop.publish(uncertified.id(), details("Mật ong", 100_000, 5)))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
					assertThat(e.messageCode()).isEqualTo("shop.listing.notCertified");
				});

		var other = producer("Cơ sở khác " + suffix(), "someone-else");
		var theirs = product(other, "Kẹo cu đơ");
		certify(theirs, 4);
		assertThatThrownBy(() -> shop.publish(theirs.id(), details("Kẹo", 45_000, 5)))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldPlaceOneOrderPerProducerReservingTheStockAndReleaseItOnCancellation() {
		signIn(OFFICE);
		var orange = shop.publish(certifiedProduct("HTX Cam " + suffix(), "Cam", 3).id(), details("Cam", 100_000, 10));
		var candy = shop.publish(certifiedProduct("Cơ sở Kẹo " + suffix(), "Kẹo", 4).id(), details("Kẹo", 45_500, 5));

		var checkout = shop.checkout(new CheckoutRequest(
				List.of(new CheckoutRequest.Item(orange.id(), 2), new CheckoutRequest.Item(candy.id(), 3),
						new CheckoutRequest.Item(orange.id(), 1)),
				buyer(), PaymentMethod.COD));

		assertThat(checkout.orders()).hasSize(2);
		assertThat(checkout.total()).isEqualTo(3 * 100_000 + 3 * 45_500);
		assertThat(shop.listing(orange.id()).stock()).isEqualTo(7);
		assertThat(shop.listing(candy.id()).stock()).isEqualTo(2);
		verify(notifications, timeout(2000).atLeastOnce()).send(argThat(n -> n.messageCode().equals("shop.notice.orderPlaced")));

		String orangeOrder = checkout.orders().stream().filter(o -> o.total() == 300_000).findFirst().orElseThrow()
				.orderCode();
		shop.confirm(orangeOrder);
		var cancelled = shop.cancel(orangeOrder, "Người mua đổi ý");

		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(shop.listing(orange.id()).stock()).isEqualTo(10);
	}

	@Test
	void shouldRefuseMoreThanTheStockReservingNothing() {
		signIn(OFFICE);
		var orange = shop.publish(certifiedProduct("HTX Cam " + suffix(), "Cam", 3).id(), details("Cam", 100_000, 2));
		var candy = shop.publish(certifiedProduct("Cơ sở Kẹo " + suffix(), "Kẹo", 4).id(), details("Kẹo", 45_500, 5));

		assertThatThrownBy(() -> shop.checkout(new CheckoutRequest(List.of(new CheckoutRequest.Item(candy.id(), 1),
				new CheckoutRequest.Item(orange.id(), 3)), buyer(), PaymentMethod.COD)))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT));

		assertThat(shop.listing(orange.id()).stock()).isEqualTo(2);
		assertThat(shop.listing(candy.id()).stock()).as("all or nothing").isEqualTo(5);
	}

	@Test
	void shouldRefuseABuyerWithABadPhoneNamingTheField() {
		signIn(OFFICE);
		var orange = shop.publish(certifiedProduct("HTX Cam " + suffix(), "Cam", 3).id(), details("Cam", 100_000, 2));
		var bad = new CheckoutRequest.Buyer("Nguyễn Văn A", "091234567", null, "Thôn 1", commune);

		assertThatThrownBy(() -> shop.checkout(new CheckoutRequest(List.of(new CheckoutRequest.Item(orange.id(), 1)),
				bad, PaymentMethod.COD))).isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.fieldProblems()).extracting(BusinessRuleException.FieldProblem::field)
								.containsExactly("buyer.phone"));
		assertThat(shop.listing(orange.id()).stock()).isEqualTo(2);
	}

	@Test
	void shouldHideAListingWhenItsCertificateIsRevokedAndShowTheStarsOfADowngrade(Scenario scenario) {
		signIn(OFFICE);
		var revoked = certifiedProduct("HTX Cam " + suffix(), "Cam", 4);
		var downgraded = certifiedProduct("Cơ sở Kẹo " + suffix(), "Kẹo", 4);
		var hidden = shop.publish(revoked.id(), details("Cam", 100_000, 5));
		var shown = shop.publish(downgraded.id(), details("Kẹo", 45_000, 5));
		LocalDate today = LocalDate.now(clock);

		scenario.publish(new CertificateRevoked(code(revoked), revoked.id(), revoked.producerId(), "05/QĐ-UBND", today,
				"Vi phạm an toàn thực phẩm", true, "office", "QĐ 05/QĐ-UBND ngày " + today))
				.andWaitForStateChange(() -> shop.listing(hidden.id()).status(), s -> s == ListingStatus.SUSPENDED)
				.andVerify(status -> assertThat(shop.listing(hidden.id()).onSale()).isFalse());
		scenario.publish(new CertificateDowngraded(code(downgraded), downgraded.id(), downgraded.producerId(), 4, 3,
				"06/QĐ-UBND", today))
				.andWaitForStateChange(() -> shop.listing(shown.id()).stars(), stars -> stars == 3)
				.andVerify(stars -> assertThat(shop.listing(shown.id()).onSale()).isTrue());
	}

	private ProductSummary certifiedProduct(String producerName, String productName, int stars) {
		var product = product(producer(producerName, producerAccount.username()), productName);
		certify(product, stars);
		return product;
	}

	private ProducerSummary producer(String name, String account) {
		var producer = new ProducerSummary(UUID.randomUUID(), name, LegalForm.COOPERATIVE, "3001234561", null, null,
				null, DUC_LINH, LocalDate.of(2024, 1, 1), null, null, 0, 0, 0, 0, null, false, Set.of(account),
				Instant.now());
		doReturn(producer).when(lifecycle).producer(producer.id());
		var managed = new ArrayList<>(registry.producersManagedBy(account));
		managed.add(producer);
		when(registry.producersManagedBy(account)).thenReturn(managed);
		return producer;
	}

	private ProductSummary product(ProducerSummary producer, String name) {
		var product = new ProductSummary(UUID.randomUUID(), name + " " + suffix(), producer.id(), producer.name(), 2024,
				"1048/QĐ-TTg", "1048-01", DUC_LINH, LocalDate.of(2024, 1, 1), RegistrationType.EXISTING_PRODUCT, null,
				null, null, null, null, null, null, null, ProductStatus.CERTIFIED, 3, Instant.now(), Instant.now(), null,
				null, false);
		doReturn(product).when(lifecycle).summary(product.id());
		return product;
	}

	private void certify(ProductSummary product, int stars) {
		LocalDate today = LocalDate.now(clock);
		certificates.add(new CertificateView(code(product), product.id(), product.producerId(), product.name(),
				product.producerName(), DUC_LINH, null, "1048/QĐ-TTg", stars, stars, today.minusMonths(1),
				today.plusMonths(35), CertificateStatus.VALID, null, null, null, Instant.now(), "office"));
	}

	private static String code(ProductSummary product) {
		return "42-" + product.id().toString().substring(0, 8);
	}

	private static ListingDetails details(String title, long price, int stock) {
		return new ListingDetails(title, null, "hộp", price, stock, null, null, null, null);
	}

	private CheckoutRequest.Buyer buyer() {
		return new CheckoutRequest.Buyer("Nguyễn Văn A", "0912345678", null, "Thôn 1", commune);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

	private void signIn(CurrentUser user) {
		when(scope.requireCurrentUser()).thenReturn(user);
		when(scope.currentUser()).thenReturn(Optional.of(user));
	}
}
