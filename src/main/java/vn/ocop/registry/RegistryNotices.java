package vn.ocop.registry;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;

/**
 * Hand-offs of the registry's part of the cycle (issue 16): a registered idea is announced to the officers who
 * select (the district's, or from July 2025 the commune's, of the product's area); the selection decision, either
 * way, to the producer's accounts; a dossier returned as incomplete, with what is missing, to the producer's
 * accounts, and its resubmission to the officer who returned it. Sent after the change is committed, from its event.
 */
@Component
class RegistryNotices {

	private final Products products;
	private final Producers producers;
	private final UserManagement users;
	private final Notifications notices;

	RegistryNotices(Products products, Producers producers, UserManagement users, Notifications notices) {
		this.products = products;
		this.producers = producers;
		this.users = users;
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(ProductStatusChanged event) {
		var product = products.findById(event.productId()).orElse(null);
		var producer = producers.findById(event.producerId()).orElse(null);
		if (product == null || producer == null) {
			return;
		}
		String link = "/registry/products/" + product.getId();
		switch (event.to()) {
			case IDEA_REGISTERED -> {
				List<String> officers = users.usernamesCovering(product.getUnitAt(),
						Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);
				if (!officers.isEmpty()) {
					notices.send(Notice.to(officers, "registry.idea-registered", "registry.notice.ideaRegistered", link,
							product.getName(), producer.getName(), event.cycleYear()));
				}
			}
			case SELECTED, NOT_SELECTED -> {
				List<String> accounts = new ArrayList<>(producer.getAccounts());
				if (!accounts.isEmpty()) {
					notices.send(Notice.to(accounts, "registry.selection",
							event.to() == ProductStatus.SELECTED ? "registry.notice.selected" : "registry.notice.notSelected",
							link, product.getName(), event.cycleYear()));
				}
			}
			case RETURNED -> {
				List<String> accounts = new ArrayList<>(producer.getAccounts());
				String reason = product.latest(ProductStatus.RETURNED).map(StatusChange::reason).orElse("");
				if (!accounts.isEmpty()) {
					notices.send(Notice.to(accounts, "registry.dossier-returned", "registry.notice.dossierReturned",
							link, product.getName(), reason));
				}
			}
			case SUBMITTED -> {
				if (event.from() == ProductStatus.RETURNED) {
					product.latest(ProductStatus.RETURNED).map(StatusChange::by).ifPresent(officer -> notices.send(
							Notice.to(List.of(officer), "registry.dossier-resubmitted",
									"registry.notice.dossierResubmitted", link, product.getName(), producer.getName())));
				}
			}
			default -> {
			}
		}
	}
}
