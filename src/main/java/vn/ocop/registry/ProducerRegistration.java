package vn.ocop.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.shared.BusinessRuleException;

/** Producers: registered by an officer of the area or by their own account, described, linked to accounts. */
@Service
@Transactional
class ProducerRegistration {

	private final Producers producers;
	private final RegistryScope scope;
	private final RegistryAccess access;
	private final UnitReferences units;
	private final GeographyApi geography;
	private final RegistrySearch search;
	private final UserManagement users;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProducerRegistration(Producers producers, RegistryScope scope, RegistryAccess access, UnitReferences units,
			GeographyApi geography, RegistrySearch search, UserManagement users, ApplicationEventPublisher events,
			Clock clock) {
		this.producers = producers;
		this.scope = scope;
		this.access = access;
		this.units = units;
		this.geography = geography;
		this.search = search;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	ProducerSummary create(ProducerDetails details) {
		CurrentUser user = access.user();
		boolean officer = user.roles().stream().anyMatch(RegistryAccess.OFFICER_ROLES::contains);
		if (!officer && !user.has(Role.PRODUCER)) {
			throw new AccessDeniedException("Only officers and producers register producers");
		}
		String number = RegistrationNumber.parse(details.registrationNumber()).value();
		if (producers.existsByRegistrationNumber(number)) {
			throw BusinessRuleException.conflict("registry.producer.exists", RegistrationNumber.parse(number).formatted());
		}
		var reference = units.commune(details.communeCode(), today());
		var producer = new Producer(details.inCommune(reference.code()), reference.on(), clock.instant(), user.username());
		if (officer && !access.canChange(user, producer)) {
			throw new AccessDeniedException("Commune outside the officer's scope");
		}
		if (!officer) {
			producer.linkAccount(user.username());
		}
		return producers.save(producer).toSummary();
	}

	ProducerSummary update(UUID id, ProducerDetails details) {
		CurrentUser user = access.user();
		var producer = scope.producer(id);
		access.requireChange(user, producer);
		String number = RegistrationNumber.parse(details.registrationNumber()).value();
		producers.findByRegistrationNumber(number).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw BusinessRuleException.conflict("registry.producer.exists", RegistrationNumber.parse(number).formatted());
		});
		String commune = details.communeCode().strip();
		if (!commune.equals(producer.getCommuneCode())) {
			var reference = units.commune(commune, today());
			var moved = producer.getUnitAt().withCode(commune);
			if (!reference.on().equals(moved.date()) && geography.find(moved).isEmpty()) {
				throw BusinessRuleException.unprocessable("registry.unit.notInForce", commune, moved.date());
			}
		}
		producer.describe(details);
		access.requireChange(user, producer);
		events.publishEvent(new ProducerDescribed(producer.getId(), clock.instant()));
		return producer.toSummary();
	}

	@Transactional(readOnly = true)
	ProducerSummary producer(UUID id) {
		var producer = scope.producer(id);
		access.requireSee(access.user(), producer);
		return producer.toSummary();
	}

	@Transactional(readOnly = true)
	Page<ProducerSummary> producers(ProducerFilter filter, Pageable pageable) {
		CurrentUser user = access.user();
		if (RegistrySearch.isSearch(filter.q())) {
			return search.producers(user, filter, pageable).map(Producer::toSummary);
		}
		return producers.findAll(scope.visibleProducers(user).and(scope.producerSpec(filter)),
				RegistryScope.withSort(pageable, Sort.by("name"))).map(Producer::toSummary);
	}

	@Transactional(readOnly = true)
	List<ProducerSummary> managedBy(String username) {
		return producers.findManagedBy(username).stream().map(Producer::toSummary).toList();
	}

	ProducerSummary linkAccount(UUID producerId, String username) {
		CurrentUser user = access.user();
		if (user.roles().stream().noneMatch(RegistryAccess.OFFICER_ROLES::contains)) {
			throw new AccessDeniedException("Only officers link accounts");
		}
		var producer = scope.producer(producerId);
		access.requireChange(user, producer);
		String name = username.strip().toLowerCase(Locale.ROOT);
		var account = users.find(name).orElseThrow(() -> BusinessRuleException.unprocessable("identity.user.notFound", name));
		if (!account.roles().contains(Role.PRODUCER)) {
			throw BusinessRuleException.unprocessable("registry.producer.accountNotProducer", name);
		}
		producer.linkAccount(name);
		return producer.toSummary();
	}

	@Transactional(readOnly = true)
	boolean mayChange(UUID id) {
		return access.canChange(access.user(), scope.producer(id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
