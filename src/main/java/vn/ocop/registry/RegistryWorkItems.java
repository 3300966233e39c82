package vn.ocop.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * What the registry's part of the cycle has waiting (issue 16): ideas to select for the officer who selects them
 * (by the selection deadline of their cycle), dossiers still to complete and file for the producer (by the dossier
 * deadline), dossiers returned as incomplete, with what is missing, for the producer to complete and file again,
 * and, in the officer's area, selected products whose dossier is not filed yet, filed dossiers waiting for
 * a council, and, for the provincial office, requests to change certified details.
 */
@Component
@Transactional(readOnly = true)
class RegistryWorkItems implements WorkItemSource {

	/** Enough for any unit's list; the item carries the count of what it found. */
	private static final int LIMIT = 500;

	private final RegistryManagement registry;
	private final CertifiedChanges changes;
	private final RegistryAccess access;

	RegistryWorkItems(RegistryManagement registry, CertifiedChanges changes, RegistryAccess access) {
		this.registry = registry;
		this.changes = changes;
		this.access = access;
	}

	@Override
	public List<WorkItem> workItems(LocalDate today) {
		CurrentUser user = access.user();
		boolean officer = user.roles().stream().anyMatch(RegistryAccess.OFFICER_ROLES::contains);
		Map<Integer, CycleView> cycles = new TreeMap<>();
		registry.cycles().forEach(c -> cycles.put(c.year(), c));
		List<WorkItem> items = new ArrayList<>();
		if (officer) {
			ideasToSelect(cycles, today, items);
			perCycle(ProductStatus.SELECTED, CyclePhase.DOSSIER, "registry.dossiers-open", "work.registry.dossiersOpen",
					cycles, today, items);
			perCycle(ProductStatus.SUBMITTED, CyclePhase.EVALUATION, "registry.dossiers-filed",
					"work.registry.dossiersFiled", cycles, today, items);
			if (changes.mayDecide()) {
				var pending = changes.pending();
				if (!pending.isEmpty()) {
					items.add(WorkItem.of("registry.certified-changes", "work.registry.certifiedChanges", null,
							"/registry/certified-changes", pending.size(), pending.size()));
				}
			}
		}
		if (user.has(Role.PRODUCER)) {
			dossiersToFile(user, cycles, today, items);
		}
		return items;
	}

	/** Registered ideas the user decides on, one item per cycle, by the cycle's selection deadline. */
	private void ideasToSelect(Map<Integer, CycleView> cycles, LocalDate today, List<WorkItem> items) {
		Map<Integer, Integer> byYear = new TreeMap<>();
		for (ProductSummary p : find(ProductStatus.IDEA_REGISTERED)) {
			if (registry.maySelect(p.id())) {
				byYear.merge(p.cycleYear(), 1, Integer::sum);
			}
		}
		byYear.forEach((year, count) -> items.add(WorkItem.of("registry.ideas-to-select", "work.registry.ideasToSelect",
				deadline(cycles.get(year), CyclePhase.SELECTION, today), "/registry/selection?cycleYear=" + year, count, count,
				year)));
	}

	/** Products of the area in a status that waits for someone, one item per cycle, by the phase's deadline. */
	private void perCycle(ProductStatus status, CyclePhase phase, String kind, String messageCode,
			Map<Integer, CycleView> cycles, LocalDate today, List<WorkItem> items) {
		Map<Integer, Integer> byYear = new TreeMap<>();
		// a producer account that is also an officer sees its own products in the producer's items
		for (ProductSummary p : find(status)) {
			byYear.merge(p.cycleYear(), 1, Integer::sum);
		}
		byYear.forEach((year, count) -> items.add(WorkItem.of(kind, messageCode, deadline(cycles.get(year), phase, today),
				"/registry/products?status=" + status.name() + "&cycleYear=" + year, count, count, year)));
	}

	/** The producer's returned dossiers: one item each, with what the officer found missing. */
	private void returnedDossiers(java.util.Set<java.util.UUID> own, Map<Integer, CycleView> cycles, LocalDate today,
			List<WorkItem> items) {
		List<ProductSummary> returned = find(ProductStatus.RETURNED).stream().filter(p -> own.contains(p.producerId()))
				.sorted(Comparator.comparing(ProductSummary::name)).toList();
		for (ProductSummary p : returned) {
			String reason = registry.lastReturn(p.id()).map(StatusChange::reason).orElse("");
			items.add(WorkItem.of("registry.dossier-returned", "work.registry.dossierReturned",
					deadline(cycles.get(p.cycleYear()), CyclePhase.DOSSIER, today), "/registry/products/" + p.id(), 1,
					p.name(), reason));
		}
	}

	/** The producer's selected products: one item each, with what the dossier still lacks. */
	private void dossiersToFile(CurrentUser user, Map<Integer, CycleView> cycles, LocalDate today,
			List<WorkItem> items) {
		var own = registry.producersManagedBy(user.username()).stream().map(ProducerSummary::id)
				.collect(java.util.stream.Collectors.toSet());
		List<ProductSummary> selected = find(ProductStatus.SELECTED).stream()
				.filter(p -> own.contains(p.producerId())).sorted(Comparator.comparing(ProductSummary::name)).toList();
		for (ProductSummary p : selected) {
			Dossier dossier = registry.dossier(p.id());
			LocalDate deadline = deadline(cycles.get(p.cycleYear()), CyclePhase.DOSSIER, today);
			String link = "/registry/products/" + p.id();
			items.add(dossier.complete()
					? WorkItem.of("registry.dossier-ready", "work.registry.dossierReady", deadline, link, 1, p.name())
					: WorkItem.of("registry.dossier-incomplete", "work.registry.dossierIncomplete", deadline, link, 1,
							p.name(), dossier.missing().size()));
		}
		returnedDossiers(own, cycles, today, items);
	}

	private List<ProductSummary> find(ProductStatus status) {
		return registry.products(new ProductFilter(null, status, null, null, null, null, null), PageRequest.of(0, LIMIT))
				.getContent();
	}

	/**
	 * The phase's deadline in an open cycle. A deadline more than a year past belongs to the cycle's history (an
	 * earlier cycle left open for its stragglers): the item is listed without it rather than "quá hạn 2826 ngày".
	 */
	private static @Nullable LocalDate deadline(@Nullable CycleView cycle, CyclePhase phase, LocalDate today) {
		if (cycle == null || cycle.status() != CycleStatus.OPEN) {
			return null;
		}
		return cycle.phases().stream().filter(s -> s.phase() == phase).map(PhaseSchedule::deadline).findFirst()
				.filter(d -> !d.isBefore(today.minusYears(1))).orElse(null);
	}
}
