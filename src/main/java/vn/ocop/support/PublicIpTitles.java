package vn.ocop.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.ocop.shared.cluster.EntityChanges;

/**
 * The granted titles in force of a product, as its public page shows them. Few products have any: the set of those
 * with a registration is read once per change of the registrations ({@link EntityChanges}, so a new registration
 * shows on the next visit), and the page of a product without one asks the database nothing and goes through no
 * transaction interceptor (a product page is asked thousands of times a second; {@link IpManagement}'s methods each
 * begin a transaction, even an empty one).
 */
@Component
public class PublicIpTitles {

	private final IpManagement ip;
	private final EntityChanges.Derived<Set<UUID>> productsWithRegistrations;

	PublicIpTitles(IpManagement ip, IpRegistrations registrations) {
		this.ip = ip;
		this.productsWithRegistrations = EntityChanges.derived(IpRegistration.class,
				() -> Set.copyOf(registrations.findProductsWithRegistrations()));
	}

	/** The granted titles in force of a product ({@link IpManagement#grantedOfProduct}), for anyone. */
	public List<IpView> ofProduct(UUID productId) {
		return productsWithRegistrations.get().contains(productId) ? ip.grantedOfProduct(productId) : List.of();
	}
}
