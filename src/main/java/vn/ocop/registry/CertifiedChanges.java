package vn.ocop.registry;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Changes to what a certificate recognised (issue 15, finding 10). The producer (or an officer of its area on its
 * behalf) asks; the provincial office approves or rejects. An approved change is applied to the product and
 * published as {@link CertifiedDetailsAmended}, which the certificate in force follows, so the catalogue, the label
 * and /verify keep showing the same name.
 */
@Service
@Transactional
public class CertifiedChanges {

	private final CertifiedChangeRequests requests;
	private final Products products;
	private final Producers producers;
	private final RegistryAccess access;
	private final CriteriaApi criteria;
	private final GeographyApi geography;
	private final Clock clock;

	CertifiedChanges(CertifiedChangeRequests requests, Products products, Producers producers, RegistryAccess access,
			CriteriaApi criteria, GeographyApi geography, Clock clock) {
		this.requests = requests;
		this.products = products;
		this.producers = producers;
		this.access = access;
		this.criteria = criteria;
		this.geography = geography;
		this.clock = clock;
	}

	/** Sends a change to the office; one request at a time per product. */
	public CertifiedChangeView request(UUID productId, CertifiedChange change) {
		CurrentUser user = access.user();
		var product = loadProduct(productId);
		access.requireChange(user, product, loadProducer(product.getProducerId()));
		if (requests.existsByProductIdAndStatus(productId, CertifiedChangeStatus.PENDING)) {
			throw BusinessRuleException.conflict("registry.certifiedChange.pendingExists");
		}
		ProductSetRule.require(criteria, change.productSetCode(), product.getRegulationCode());
		return requests.save(new CertifiedChangeRequest(product, change, clock.instant(), user.username())).toView();
	}

	/** The product's requests, newest first, for whoever may see the product. */
	@Transactional(readOnly = true)
	public List<CertifiedChangeView> forProduct(UUID productId) {
		var product = loadProduct(productId);
		access.requireSee(access.user(), product, loadProducer(product.getProducerId()));
		return requests.findByProductIdOrderByRequestedAtDesc(productId).stream().map(CertifiedChangeRequest::toView)
				.toList();
	}

	/** The requests waiting for a decision in the officer's area, oldest first (the office's to-do list). */
	@Transactional(readOnly = true)
	public List<CertifiedChangeView> pending() {
		CurrentUser user = access.user();
		if (!user.roles().stream().anyMatch(RegistryAccess.OFFICER_ROLES::contains)) {
			throw new AccessDeniedException("Officers only");
		}
		Set<String> codes = geography.codesWithin(user.unitCode());
		return requests.findByStatusAndUnitAtCodeInOrderByRequestedAtAsc(CertifiedChangeStatus.PENDING, codes).stream()
				.filter(r -> mayDecideOrSee(user, r)).map(CertifiedChangeRequest::toView).toList();
	}

	@Transactional(readOnly = true)
	public CertifiedChangeView get(UUID id) {
		var request = load(id);
		var product = loadProduct(request.getProductId());
		access.requireSee(access.user(), product, loadProducer(product.getProducerId()));
		return request.toView();
	}

	/** Whether the signed-in user decides on requests: the provincial office. */
	public boolean mayDecide() {
		return access.userIfAny().map(u -> u.has(Role.PROVINCE_ADMIN)).orElse(false);
	}

	public CertifiedChangeView approve(UUID id, @Nullable String note) {
		CurrentUser user = requireOffice();
		var request = load(id);
		var product = loadProduct(request.getProductId());
		access.requireSee(user, product, loadProducer(product.getProducerId()));
		request.approve(product, note, clock.instant(), user.username());
		products.save(product);
		return request.toView();
	}

	public CertifiedChangeView reject(UUID id, @Nullable String note) {
		CurrentUser user = requireOffice();
		var request = load(id);
		var product = loadProduct(request.getProductId());
		access.requireSee(user, product, loadProducer(product.getProducerId()));
		request.reject(note == null ? "" : note, clock.instant(), user.username());
		return request.toView();
	}

	private boolean mayDecideOrSee(CurrentUser user, CertifiedChangeRequest request) {
		var product = products.findById(request.getProductId()).orElse(null);
		return product != null && access.canSee(user, product, loadProducer(product.getProducerId()));
	}

	private CurrentUser requireOffice() {
		CurrentUser user = access.user();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial OCOP office decides on changes to certified details");
		}
		return user;
	}

	private CertifiedChangeRequest load(UUID id) {
		return requests.findById(id).orElseThrow(() -> new NotFoundException("registry.certifiedChange.notFound", id));
	}

	private Product loadProduct(UUID id) {
		return products.findById(id).orElseThrow(() -> new NotFoundException("registry.product.notFound", id));
	}

	private Producer loadProducer(UUID id) {
		return producers.findById(id).orElseThrow(() -> new NotFoundException("registry.producer.notFound", id));
	}
}
