package vn.ocop.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.Role;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.NotFoundException;

/**
 * IP and brand registrations of products: recorded by the producer or an officer, followed from filing to grant,
 * shown on the product and producer pages (to the public once granted and in force) and to the councils as
 * evidence for the scorecards' IP criteria.
 */
@Service
@Transactional
public class IpManagement {

	private final IpRegistrations registrations;
	private final SupportAccess access;
	private final ProductLifecycle products;
	private final Clock clock;

	IpManagement(IpRegistrations registrations, SupportAccess access, ProductLifecycle products, Clock clock) {
		this.registrations = registrations;
		this.access = access;
		this.products = products;
		this.clock = clock;
	}

	/** The registrations of a product the user may see (officers of the area, its producer, councils). */
	@Transactional(readOnly = true)
	public List<IpView> ofProduct(UUID productId) {
		ProductSummary product = products.summary(productId);
		var user = access.user();
		if (!access.sees(user, productId, product.unitAt())) {
			throw new AccessDeniedException("Product outside the user's scope");
		}
		return registrations.findByProductIdOrderByFilingDateAsc(productId).stream().map(r -> r.toView(today())).toList();
	}

	/** Every registration the user acts for: an officer's those of the area, a producer's those of its products. */
	@Transactional(readOnly = true)
	public List<IpView> all() {
		var user = access.user().has(Role.PRODUCER) ? access.user() : access.requireOfficer();
		return registrations.findAllByOrderByProductNameAscFilingDateAsc().stream()
				.filter(r -> access.actsFor(user, r.getProductId(), r.getUnitAt()))
				.map(r -> r.toView(today())).toList();
	}

	/**
	 * The granted titles in force of a product, for anyone (the public product page asks {@link PublicIpTitles},
	 * which knows the products that have none). The registrations have no lazy parts: the query's own transaction
	 * is enough.
	 */
	@Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public List<IpView> grantedOfProduct(UUID productId) {
		return registrations.findByProductIdOrderByFilingDateAsc(productId).stream().map(r -> r.toView(today()))
				.filter(IpView::inForce).toList();
	}

	/** The granted titles in force of a producer's products, for anyone (the public producer page). */
	@Transactional(readOnly = true)
	public List<IpView> grantedOfProducer(UUID producerId) {
		return registrations.findByProducerIdOrderByProductNameAscFilingDateAsc(producerId).stream()
				.map(r -> r.toView(today())).filter(IpView::inForce).toList();
	}

	@Transactional(readOnly = true)
	public IpView registration(UUID id) {
		var registration = load(id);
		var user = access.user();
		if (!access.sees(user, registration.getProductId(), registration.getUnitAt())) {
			throw new AccessDeniedException("Product outside the user's scope");
		}
		return registration.toView(today());
	}

	public IpView record(IpDetails details) {
		ProductSummary product = products.summary(details.productId());
		var user = access.requireActsFor(product.id(), product.unitAt());
		validate(details);
		return registrations.save(new IpRegistration(details, product.name(), product.producerId(), product.unitAt(), null, today(), clock.instant(), user.username())).toView(today());
	}

	public IpView update(UUID id, IpDetails details) {
		var registration = changeable(id);
		validate(details);
		if (!details.productId().equals(registration.getProductId())) {
			throw vn.ocop.shared.BusinessRuleException.unprocessable("support.ip.productFixed");
		}
		registration.describe(details, today());
		return registration.toView(today());
	}

	public IpView file(UUID id, String applicationNumber, LocalDate filedOn) {
		var registration = changeable(id);
		registration.file(applicationNumber, filedOn, today());
		return registration.toView(today());
	}

	public IpView accept(UUID id) {
		var registration = changeable(id);
		registration.accept();
		return registration.toView(today());
	}

	public IpView grant(UUID id, String certificateNumber, LocalDate grantedOn, @Nullable LocalDate expiresOn) {
		var registration = changeable(id);
		if (grantedOn != null && grantedOn.isAfter(today())) {
			throw vn.ocop.shared.BusinessRuleException.unprocessable("support.date.future");
		}
		registration.grant(certificateNumber, grantedOn, expiresOn);
		return registration.toView(today());
	}

	public IpView refuse(UUID id, @Nullable String reason) {
		var registration = changeable(id);
		registration.refuse(reason);
		return registration.toView(today());
	}

	public IpView withdraw(UUID id) {
		var registration = changeable(id);
		registration.withdraw();
		return registration.toView(today());
	}

	public IpView renew(UUID id, LocalDate until) {
		var registration = changeable(id);
		registration.renew(until, today());
		return registration.toView(today());
	}

	private static void validate(IpDetails details) {
		if (details.type() == null) {
			throw vn.ocop.shared.BusinessRuleException.unprocessable("support.field.required", SupportManagement.field("type"));
		}
		SupportManagement.require(details.markName(), "markName");
		SupportManagement.require(details.applicant(), "applicant");
	}

	private IpRegistration changeable(UUID id) {
		var registration = load(id);
		access.requireActsFor(registration.getProductId(), registration.getUnitAt());
		return registration;
	}

	private IpRegistration load(UUID id) {
		return registrations.findById(id).orElseThrow(() -> new NotFoundException("support.ip.notFound", id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
