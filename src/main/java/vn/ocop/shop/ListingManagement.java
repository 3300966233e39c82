package vn.ocop.shop;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.certification.CertificateFilter;
import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.identity.CurrentUser;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;

/**
 * Listings: producers publish their certified products, change, pause and illustrate them; the public sees those on
 * sale (a listing off sale is shown to its managers only, as if it did not exist for anyone else).
 */
@Service
class ListingManagement {

	private final Listings listings;
	private final ShopAccess access;
	private final ProductLifecycle lifecycle;
	private final CertificationManagement certification;
	private final FileStorage files;
	private final Clock clock;

	ListingManagement(Listings listings, ShopAccess access, ProductLifecycle lifecycle,
			CertificationManagement certification, FileStorage files, Clock clock) {
		this.listings = listings;
		this.access = access;
		this.lifecycle = lifecycle;
		this.certification = certification;
		this.files = files;
		this.clock = clock;
	}

	/**
	 * Publishes a listing of a product whose certificate is in force (the product's producer or the provincial
	 * office): 404 for an unknown product, 403 for another producer's, 409 without a certificate in force, 422 for a
	 * bad field.
	 */
	@Transactional
	ListingView publish(UUID productId, ListingDetails details) {
		ProductSummary product = lifecycle.summary(productId);
		CurrentUser user = access.requireManage(product.producerId());
		details.check();
		CertificateView certificate = certificateInForce(productId)
				.orElseThrow(() -> new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
						Map.of("productId", productId.toString()), "shop.listing.notCertified", product.name()));
		var listing = new Listing(new Listing.Certified(product.id(), product.producerId(), product.name(),
				product.producerName(), product.productSetCode(), product.unitAt(),
				certificate.code(), certificate.validUntil(), certificate.stars()), details, clock.instant(),
				user.username());
		return listings.save(listing).toView(today());
	}

	/** Changes a listing's title, variant, unit, price, stock, weight, delivery area or lead time. */
	@Transactional
	ListingView update(UUID listingId, ListingDetails details) {
		Listing listing = loadListing(listingId);
		access.requireManage(listing.getProducerId());
		listing.update(details, clock.instant());
		return listing.toView(today());
	}

	@Transactional
	ListingView pause(UUID listingId) {
		Listing listing = loadListing(listingId);
		access.requireManage(listing.getProducerId());
		listing.pause(clock.instant());
		return listing.toView(today());
	}

	@Transactional
	ListingView resume(UUID listingId) {
		Listing listing = loadListing(listingId);
		access.requireManage(listing.getProducerId());
		listing.resume(today(), clock.instant());
		return listing.toView(today());
	}

	/** Adds a photo (JPEG, PNG or WebP, checked by content) to a listing; at most {@value Listing#MAX_PHOTOS}. */
	@Transactional
	ListingView addPhoto(UUID listingId, byte[] content) throws IOException {
		Listing listing = loadListing(listingId);
		access.requireManage(listing.getProducerId());
		if (ImageTypes.of(content).isEmpty()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("field", "file"),
					"shop.listing.photoType");
		}
		listing.addPhoto(files.store("shop", content), clock.instant());
		return listing.toView(today());
	}

	/** A listing's photo, for anyone while the listing is on sale, else for its managers. */
	@Transactional(readOnly = true)
	Optional<ShopManagement.Photo> photo(UUID listingId, int index) throws IOException {
		Listing listing = loadListing(listingId);
		if (!listing.isOnSale(today())) {
			requireManageQuietly(listing);
		}
		List<String> keys = listing.photos();
		if (index < 0 || index >= keys.size()) {
			return Optional.empty();
		}
		try (var in = files.open(keys.get(index))) {
			byte[] bytes = in.readAllBytes();
			return Optional.of(new ShopManagement.Photo(ImageTypes.of(bytes).orElse("application/octet-stream"), bytes));
		}
	}

	/** The listings of the producers the account acts for (all listings for the provincial office). */
	@Transactional(readOnly = true)
	List<ListingView> myListings() {
		CurrentUser user = access.user();
		LocalDate today = today();
		List<Listing> found = ShopAccess.isOffice(user) ? listings.findAllByOrderByCreatedAtDesc()
				: listings.findByProducerIdInOrderByCreatedAtDesc(orEmpty(access.ownProducers(user)));
		return found.stream().map(l -> l.toView(today)).toList();
	}

	/** The certified products (certificate in force) the account may list, for the listing form. */
	@Transactional(readOnly = true)
	List<ShopManagement.CertifiedProduct> listableProducts() {
		CurrentUser user = access.user();
		Set<UUID> own = access.ownProducers(user);
		boolean office = ShopAccess.isOffice(user);
		Map<UUID, ShopManagement.CertifiedProduct> byProduct = new LinkedHashMap<>();
		for (CertificateView c : inForce()) {
			if (office || own.contains(c.producerId())) {
				byProduct.putIfAbsent(c.productId(), new ShopManagement.CertifiedProduct(c.productId(), c.productName(),
						c.producerName(), c.stars(), c.code()));
			}
		}
		return List.copyOf(byProduct.values());
	}

	/** The listings on sale, best stars first; {@code q} matches title, variant, product and producer without diacritics. */
	@Transactional(readOnly = true)
	Page<ListingView> onSale(@Nullable String q, int page) {
		String pattern = q == null || q.isBlank() ? "%" : "%" + ShopText.fold(q).replace("%", "").replace("_", "") + "%";
		LocalDate today = today();
		return listings.onSale(today, pattern, PageRequest.of(Math.max(0, page), ShopManagement.PAGE_SIZE)).map(l -> l.toView(today));
	}

	/**
	 * The version of the listings on sale: it changes after every committed change of a listing and with the date
	 * (a certificate's last day passes), so a page derived from {@link #onSale(String, int)} can be kept under it.
	 * Read it before the listings.
	 */
	String listingsVersion() {
		return vn.ocop.shared.cluster.EntityChanges.version(Listing.class) + "@" + today();
	}

	/** A listing for the public: 404 unless on sale (its managers always see it). */
	@Transactional(readOnly = true)
	ListingView listing(UUID id) {
		Listing listing = loadListing(id);
		if (!listing.isOnSale(today())) {
			requireManageQuietly(listing);
		}
		return listing.toView(today());
	}

	/** The listings with these ids that are on sale, in the order asked (for the cart). */
	@Transactional(readOnly = true)
	List<ListingView> onSale(List<UUID> ids) {
		LocalDate today = today();
		Map<UUID, Listing> found = new LinkedHashMap<>();
		listings.findAllById(ids).forEach(l -> found.put(l.getId(), l));
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).filter(l -> l.isOnSale(today))
				.map(l -> l.toView(today)).toList();
	}

	private List<CertificateView> inForce() {
		return certification.certificates(new CertificateFilter(null, null, null)).stream()
				.filter(c -> c.status().inForce()).toList();
	}

	private Optional<CertificateView> certificateInForce(UUID productId) {
		return inForce().stream().filter(c -> c.productId().equals(productId))
				.max(Comparator.comparing(CertificateView::validUntil));
	}

	private void requireManageQuietly(Listing listing) {
		var user = access.maybeUser();
		if (user.isEmpty() || !access.mayManage(user.get(), listing.getProducerId())) {
			throw new NotFoundException("shop.listing.notFound", listing.getId());
		}
	}

	private Listing loadListing(UUID id) {
		return listings.findById(id).orElseThrow(() -> new NotFoundException("shop.listing.notFound", id));
	}

	static Set<UUID> orEmpty(Set<UUID> ids) {
		return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
