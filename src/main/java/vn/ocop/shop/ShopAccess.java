package vn.ocop.shop;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.RegistryManagement;

/**
 * Who may do what in the shop: a producer's accounts manage its listings, orders and bank account; the provincial
 * office manages and sees everything.
 */
@Component
class ShopAccess {

	private final AccessScope scope;
	private final RegistryManagement registry;

	ShopAccess(AccessScope scope, RegistryManagement registry) {
		this.scope = scope;
		this.registry = registry;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	java.util.Optional<CurrentUser> maybeUser() {
		return scope.currentUser();
	}

	static boolean isOffice(CurrentUser user) {
		return user.has(Role.PROVINCE_ADMIN);
	}

	Set<UUID> ownProducers(CurrentUser user) {
		if (!user.has(Role.PRODUCER)) {
			return Set.of();
		}
		return registry.producersManagedBy(user.username()).stream().map(ProducerSummary::id).collect(Collectors.toSet());
	}

	boolean mayManage(CurrentUser user, UUID producerId) {
		return isOffice(user) || ownProducers(user).contains(producerId);
	}

	CurrentUser requireManage(UUID producerId) {
		CurrentUser user = user();
		if (!mayManage(user, producerId)) {
			throw new AccessDeniedException("The account does not act for producer " + producerId);
		}
		return user;
	}

	CurrentUser requireOffice() {
		CurrentUser user = user();
		if (!isOffice(user)) {
			throw new AccessDeniedException("Only the provincial office");
		}
		return user;
	}
}
