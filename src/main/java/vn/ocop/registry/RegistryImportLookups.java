package vn.ocop.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.shared.BusinessRuleException;

/**
 * What one import check looks up, each thing once: the producers the file names that exist already and their
 * products (in a few queries, whatever the number of rows), registration numbers as digits, the communes on a day,
 * the cycles, the product sets of a regulation and the scope decisions.
 */
final class RegistryImportLookups {

	private static final int QUERY_CHUNK = 1000;

	private final Producers producers;
	private final Products products;
	private final Cycles cycles;
	private final UnitReferences units;
	private final CriteriaApi criteria;

	/** Registration numbers as written → digits only, or empty if invalid. */
	private final Map<String, String> numbers = new HashMap<>();
	private final Map<String, Object> communes = new HashMap<>();
	private final Map<String, Boolean> scope = new HashMap<>();
	private final Map<Integer, Optional<Cycle>> cyclesByYear = new HashMap<>();
	private final Map<String, Set<String>> productSets = new HashMap<>();
	private @Nullable Optional<Cycle> latestOpen;
	private Map<String, Producer> existingProducers = Map.of();
	private Set<String> existingProducts = Set.of();

	RegistryImportLookups(Producers producers, Products products, Cycles cycles, UnitReferences units,
			CriteriaApi criteria) {
		this.producers = producers;
		this.products = products;
		this.cycles = cycles;
		this.units = units;
		this.criteria = criteria;
	}

	/** Loads the producers of these registration numbers (as written) that exist, and the names of their products. */
	void loadExisting(Collection<String> writtenNumbers) {
		Set<String> valid = new LinkedHashSet<>();
		for (String written : writtenNumbers) {
			String number = number(written);
			if (!number.isEmpty()) {
				valid.add(number);
			}
		}
		Map<String, Producer> found = new HashMap<>();
		for (List<String> chunk : chunks(valid)) {
			producers.findByRegistrationNumberIn(chunk).forEach(p -> found.put(p.getRegistrationNumber(), p));
		}
		existingProducers = found;
		if (found.isEmpty()) {
			return;
		}
		Set<String> names = new HashSet<>();
		List<UUID> ids = found.values().stream().map(Producer::getId).toList();
		for (List<UUID> chunk : chunks(ids)) {
			products.findAll((Specification<Product>) (root, query, cb) -> root.get("producerId").in(chunk))
					.forEach(p -> names.add(productKey(p.getProducerId().toString(), p.getCycleYear(), p.getName())));
		}
		existingProducts = names;
	}

	/** The existing producer of a registration number (digits), if any. */
	@Nullable
	Producer existingProducer(String number) {
		return existingProducers.get(number);
	}

	/** Whether the existing producer already has a product of that name in the cycle. */
	boolean productExists(Producer producer, int cycleYear, String name) {
		return existingProducts.contains(productKey(producer.getId().toString(), cycleYear, name));
	}

	/** The digits of a registration number as written, or empty if it is not valid. */
	String number(String raw) {
		return numbers.computeIfAbsent(raw,
				r -> RegistrationNumber.isValidText(r) ? RegistrationNumber.parse(r).value() : "");
	}

	/** A key of a product name in a cycle that ignores case, diacritics and spacing. */
	static String productKey(String producer, int cycleYear, String name) {
		return producer + '|' + cycleYear + '|' + RegistryImportValues.comparable(name);
	}

	/**
	 * The commune of the code on the day, as {@link UnitReferences#commune} resolves it.
	 *
	 * @throws BusinessRuleException if the code is not a known commune (the same exception each time it is asked)
	 */
	UnitReferences.UnitReference commune(String code, LocalDate on) {
		Object found = communes.computeIfAbsent(code.strip() + '@' + on, k -> {
			try {
				return units.commune(code, on);
			}
			catch (BusinessRuleException e) {
				return e;
			}
		});
		if (found instanceof BusinessRuleException e) {
			throw e;
		}
		return (UnitReferences.UnitReference) found;
	}

	/** The scope decision for a key, made once. */
	boolean scope(String key, BooleanSupplier decision) {
		return scope.computeIfAbsent(key, k -> decision.getAsBoolean());
	}

	/** The scope decision for records in the commune of the reference, made once. */
	boolean scope(UnitReferences.UnitReference reference, BooleanSupplier decision) {
		return scope(reference.code() + '@' + reference.on(), decision);
	}

	Optional<Cycle> latestOpenCycle() {
		if (latestOpen == null) {
			latestOpen = cycles.findFirstByStatusOrderByYearDesc(CycleStatus.OPEN);
		}
		return latestOpen;
	}

	Optional<Cycle> cycle(int year) {
		return cyclesByYear.computeIfAbsent(year, cycles::findById);
	}

	/** The codes of the product sets of a regulation. */
	Set<String> productSets(String regulationCode) {
		return productSets.computeIfAbsent(regulationCode,
				r -> criteria.productSets(r).stream().map(ProductSet::code).collect(Collectors.toSet()));
	}

	private static <T> List<List<T>> chunks(Collection<T> values) {
		List<T> all = List.copyOf(values);
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += QUERY_CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + QUERY_CHUNK)));
		}
		return chunks;
	}
}
