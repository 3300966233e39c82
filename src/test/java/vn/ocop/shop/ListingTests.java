package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.BusinessRuleException.Kind;
import vn.ocop.geography.UnitAt;

/**
 * A listing sells only while ACTIVE with its certificate in force, follows the certificate's fate (hidden on expiry
 * or revocation, back on renewal) and never lets its stock go below zero.
 */
class ListingTests {

	static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
	static final LocalDate VALID_UNTIL = LocalDate.of(2027, 3, 31);

	static Listing listing(UUID producer, long price, int stock) {
		return new Listing(new Listing.Certified(UUID.randomUUID(), producer, "Cam chanh Vũ Quang", "HTX Cam Vũ Quang",
				"1048-01", new UnitAt("18322", LocalDate.of(2025, 7, 1)), "42-2024-0001", VALID_UNTIL, 4),
				new ListingDetails("  Cam chanh  ", " ", " hộp ", price, stock, 5000, "Toàn quốc", 2, null), NOW,
				"producer");
	}

	Listing listing = listing(UUID.randomUUID(), 250_000, 10);

	@Test
	void shouldBePublishedActiveWithTheCertificateAndTheProducersDetails() {
		ListingView view = listing.toView(TODAY);

		assertThat(view.status()).isEqualTo(ListingStatus.ACTIVE);
		assertThat(view.onSale()).isTrue();
		assertThat(view.certificateCode()).isEqualTo("42-2024-0001");
		assertThat(view.stars()).isEqualTo(4);
		assertThat(view.title()).isEqualTo("Cam chanh");
		assertThat(view.variant()).isNull();
		assertThat(view.unit()).isEqualTo("hộp");
		assertThat(view.priceVnd()).isEqualTo(250_000);
		assertThat(view.stock()).isEqualTo(10);
		assertThat(view.suspension()).isNull();
		assertThat(view.photos()).isZero();
		assertThat(view.createdAt()).isEqualTo(NOW);
	}

	@Test
	void shouldRefuseDetailsNamingTheWrongField() {
		assertThatThrownBy(() -> listing.update(
				new ListingDetails("Cam", null, "hộp", 0, 10, null, null, null, null), NOW.plusSeconds(60)))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
					assertThat(e.messageCode()).isEqualTo("shop.listing.invalid.priceVnd");
					assertThat(e.properties()).isEqualTo(Map.of("field", "priceVnd"));
				});
		assertThat(listing.getPriceVnd()).isEqualTo(250_000);
	}

	@Test
	void shouldChangeWhatTheProducerDecides() {
		listing.update(new ListingDetails("Cam chanh loại 1", "Hộp 5 kg", "hộp", 300_000, 3, null, null, null, "Ngọt"),
				NOW.plusSeconds(60));

		ListingView view = listing.toView(TODAY);
		assertThat(view.title()).isEqualTo("Cam chanh loại 1");
		assertThat(view.variant()).isEqualTo("Hộp 5 kg");
		assertThat(view.priceVnd()).isEqualTo(300_000);
		assertThat(view.stock()).isEqualTo(3);
		assertThat(view.description()).isEqualTo("Ngọt");
		assertThat(view.status()).isEqualTo(ListingStatus.ACTIVE);
	}

	@Test
	void shouldPauseAndResume() {
		listing.pause(NOW);
		assertThat(listing.getStatus()).isEqualTo(ListingStatus.PAUSED);
		assertThat(listing.isOnSale(TODAY)).isFalse();

		listing.resume(TODAY, NOW);
		assertThat(listing.getStatus()).isEqualTo(ListingStatus.ACTIVE);
		assertThat(listing.isOnSale(TODAY)).isTrue();
	}

	@Test
	void shouldNotResumeOnceTheCertificateHasRunOut() {
		listing.pause(NOW);

		assertThatThrownBy(() -> listing.resume(VALID_UNTIL.plusDays(1), NOW))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
					assertThat(e.messageCode()).isEqualTo("shop.listing.suspended");
				});
		assertThat(listing.getStatus()).isEqualTo(ListingStatus.PAUSED);
	}

	@Test
	void shouldSellUntilTheCertificatesLastDayOnly() {
		assertThat(listing.isOnSale(VALID_UNTIL)).isTrue();
		assertThat(listing.isOnSale(VALID_UNTIL.plusDays(1))).isFalse();
		assertThat(listing.toView(VALID_UNTIL.plusDays(1)).onSale()).isFalse();
	}

	@Test
	void shouldBeHiddenOnceWhenTheCertificateEnds() {
		assertThat(listing.suspend(Listing.Suspension.REVOKED, NOW)).isTrue();
		assertThat(listing.suspend(Listing.Suspension.EXPIRED, NOW)).isFalse();

		ListingView view = listing.toView(TODAY);
		assertThat(view.status()).isEqualTo(ListingStatus.SUSPENDED);
		assertThat(view.suspension()).isEqualTo("REVOKED");
		assertThat(view.onSale()).isFalse();
	}

	@Test
	void shouldLetTheProducerNeitherPauseNorResumeASuspendedListing() {
		listing.suspend(Listing.Suspension.EXPIRED, NOW);

		assertThatThrownBy(() -> listing.pause(NOW)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
			assertThat(e.messageCode()).isEqualTo("shop.listing.suspended");
			assertThat(e.arguments()).containsExactly("Cam chanh");
		});
		assertThatThrownBy(() -> listing.resume(TODAY, NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageCode()).isEqualTo("shop.listing.suspended"));
		assertThat(listing.getStatus()).isEqualTo(ListingStatus.SUSPENDED);
	}

	@Test
	void shouldReturnWhereItWasWithTheRenewedCertificate() {
		listing.pause(NOW);
		listing.suspend(Listing.Suspension.EXPIRED, NOW);

		listing.recertify("42-2027-0009", 5, VALID_UNTIL.plusYears(3), NOW);

		ListingView view = listing.toView(VALID_UNTIL.plusDays(1));
		assertThat(view.status()).isEqualTo(ListingStatus.PAUSED);
		assertThat(view.suspension()).isNull();
		assertThat(view.certificateCode()).isEqualTo("42-2027-0009");
		assertThat(view.stars()).isEqualTo(5);
		listing.resume(VALID_UNTIL.plusDays(1), NOW);
		assertThat(listing.isOnSale(VALID_UNTIL.plusDays(1))).isTrue();
	}

	@Test
	void shouldStayActiveWhenRenewedWhileOnSale() {
		listing.recertify("42-2027-0009", 3, VALID_UNTIL.plusYears(3), NOW);

		assertThat(listing.getStatus()).isEqualTo(ListingStatus.ACTIVE);
		assertThat(listing.getStars()).isEqualTo(3);
		assertThat(listing.getCertificateCode()).isEqualTo("42-2027-0009");
	}

	@Test
	void shouldShowTheStarsOfADowngrade() {
		listing.downgrade(3, NOW);

		assertThat(listing.getStars()).isEqualTo(3);
		assertThat(listing.getStatus()).isEqualTo(ListingStatus.ACTIVE);
	}

	@Test
	void shouldReserveAndReleaseWholeUnits() {
		listing.reserve(4, TODAY);
		assertThat(listing.getStock()).isEqualTo(6);

		listing.release(2);
		assertThat(listing.getStock()).isEqualTo(8);
	}

	@Test
	void shouldRefuseANonPositiveQuantity() {
		assertThatThrownBy(() -> listing.reserve(0, TODAY)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
			assertThat(e.messageCode()).isEqualTo("shop.checkout.quantity");
		});
		assertThatThrownBy(() -> listing.release(0)).isInstanceOf(IllegalArgumentException.class);
		assertThat(listing.getStock()).isEqualTo(10);
	}

	@Test
	void shouldRefuseMoreThanTheStockNamingWhatIsLeft() {
		assertThatThrownBy(() -> listing.reserve(11, TODAY)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
			assertThat(e.messageCode()).isEqualTo("shop.checkout.outOfStock");
			assertThat(e.properties()).isEqualTo(Map.of("listingId", listing.getId().toString(), "available", 10));
		});
		listing.reserve(10, TODAY);
		assertThat(listing.getStock()).isZero();
	}

	@Test
	void shouldRefuseToReserveWhatIsNotOnSale() {
		listing.pause(NOW);

		assertThatThrownBy(() -> listing.checkReservable(1, TODAY)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> {
					assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
					assertThat(e.messageCode()).isEqualTo("shop.checkout.notOnSale");
					assertThat(e.properties()).isEqualTo(Map.of("listingId", listing.getId().toString()));
				});
		assertThatThrownBy(() -> listing.reserve(1, TODAY)).isInstanceOf(BusinessRuleException.class);
		assertThat(listing.getStock()).isEqualTo(10);
	}

	@Test
	void shouldKeepAtMostFivePhotos() {
		for (int i = 0; i < Listing.MAX_PHOTOS; i++) {
			listing.addPhoto("shop/" + i + ".jpg", NOW);
		}

		assertThatThrownBy(() -> listing.addPhoto("shop/6.jpg", NOW)).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> {
					assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
					assertThat(e.messageCode()).isEqualTo("shop.listing.tooManyPhotos");
				});
		assertThat(listing.photos()).containsExactly("shop/0.jpg", "shop/1.jpg", "shop/2.jpg", "shop/3.jpg",
				"shop/4.jpg");
	}
}
