package vn.ocop.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.TypedSearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.TypedSearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.search.VietnameseAnalysis;

/**
 * The back-office search of products and producers in their Lucene indexes: words match without regard to
 * diacritics or case ({@code nuoc mam} finds {@code Nước mắm}, {@code d} matches {@code đ}), each word as a whole
 * word or as the beginning of a word of the name; every word must match. The user's scope and the list filters
 * are applied in the index, which also counts, sorts and pages; only the entities of the page are loaded.
 * <p>
 * A product matches by its own name, description, ingredients or story, or by its producer's name: the producers
 * whose names match are looked up first (at most {@value #MAX_PRODUCERS}) and their products included. The scope
 * is that of {@code RegistryManagement.visibleProducts/visibleProducers}: the communes inside the user's unit for
 * unit roles, the linked producers for producer accounts.
 */
@Component
class RegistrySearch {

	/** Words of a query beyond this are ignored (a query is a few words, not a document). */
	static final int MAX_WORDS = 16;

	/** Producers whose names match, at most, whose products a product search includes. */
	static final int MAX_PRODUCERS = 10_000;

	/** Entity properties that may sort a search, and their sortable index fields. */
	private static final Map<String, String> PRODUCT_SORTS = Map.ofEntries(
			Map.entry("id", "id_sort"), Map.entry("name", "name_sort"),
			Map.entry("cycleYear", "cycleYear"), Map.entry("status", "status"),
			Map.entry("productSetCode", "productSetCode"), Map.entry("communeCode", "communeCode"),
			Map.entry("reachedStage", "reachedStage"), Map.entry("stars", "stars"),
			Map.entry("createdAt", "createdAt"), Map.entry("statusChangedAt", "statusChangedAt"));

	private static final Map<String, String> PRODUCER_SORTS = Map.of("id", "id_sort", "name",
			"name_sort", "legalForm", "legalForm", "registrationNumber", "registrationNumber", "communeCode",
			"communeCode", "createdAt", "createdAt");

	private final EntityManager entityManager;
	private final GeographyApi geography;
	private final Producers producers;

	RegistrySearch(EntityManager entityManager, GeographyApi geography, Producers producers) {
		this.entityManager = entityManager;
		this.geography = geography;
		this.producers = producers;
	}

	/** Whether a list query has words to search for (otherwise the plain database listing applies). */
	static boolean isSearch(@Nullable String q) {
		return q != null && !q.isBlank();
	}

	/**
	 * The page of products matching {@code filter.q()} and the other filters, within the user's scope; by
	 * relevance unless the pageable is sorted.
	 */
	Page<Product> products(CurrentUser user, ProductFilter filter, Pageable pageable) {
		List<String> words = words(filter.q());
		List<UUID> producerIds = words.isEmpty() ? List.of() : producerIdsNamed(words);
		var query = session().search(Product.class)
				.where(f -> f.bool().with(b -> {
					b.filter(visibleProducts(f, user));
					if (filter.status() != null) {
						b.filter(f.match().field("status").matching(filter.status()));
					}
					if (filter.cycleYear() != null) {
						b.filter(f.match().field("cycleYear").matching(filter.cycleYear()));
					}
					if (filter.producerId() != null) {
						b.filter(f.match().field("producerId").matching(filter.producerId()));
					}
					if (filter.productSetCode() != null && !filter.productSetCode().isBlank()) {
						b.filter(f.match().field("productSetCode").matching(filter.productSetCode().strip()));
					}
					if (filter.reachedStage() != null) {
						b.filter(f.range().field("reachedStage").atLeast(filter.reachedStage()));
					}
					if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
						b.filter(anyOf(f, "communeCode", geography.codesWithin(filter.unitCode().strip())));
					}
					b.must(productText(f, words, filter.q(), producerIds));
				}))
				.sort(f -> sort(f, pageable.getSort(), PRODUCT_SORTS,
						List.of(f.field("cycleYear").desc(), f.field("name_sort").asc(), f.field("id_sort").asc())));
		if (pageable.isUnpaged()) {
			var all = query.fetchAllHits();
			return new PageImpl<>(all, pageable, all.size());
		}
		var result = query.fetch(Math.toIntExact(pageable.getOffset()), pageable.getPageSize());
		return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
	}

	/**
	 * The page of producers whose name or representative matches {@code filter.q()} (or whose registration number
	 * contains its digits, from four digits on) and the other filters, within the user's scope.
	 */
	Page<Producer> producers(CurrentUser user, ProducerFilter filter, Pageable pageable) {
		List<String> words = words(filter.q());
		String digits = filter.q() == null ? "" : filter.q().replaceAll("\\D", "");
		var query = session().search(Producer.class)
				.where(f -> f.bool().with(b -> {
					b.filter(visibleProducers(f, user));
					if (filter.legalForm() != null) {
						b.filter(f.match().field("legalForm").matching(filter.legalForm()));
					}
					if (filter.unitCode() != null && !filter.unitCode().isBlank()) {
						b.filter(anyOf(f, "communeCode", geography.codesWithin(filter.unitCode().strip())));
					}
					b.must(f.bool().with(text -> {
						if (!words.isEmpty()) {
							text.should(allWords(f, words, List.of("name", "name_prefix", "representative"), filter.q()));
						}
						if (digits.length() >= 4) {
							text.should(f.wildcard().field("registrationNumber").matching("*" + digits + "*"));
						}
						if (!text.hasClause()) {
							text.should(f.matchNone());
						}
					}));
				}))
				.sort(f -> sort(f, pageable.getSort(), PRODUCER_SORTS,
						List.of(f.field("name_sort").asc(), f.field("id_sort").asc())));
		if (pageable.isUnpaged()) {
			var all = query.fetchAllHits();
			return new PageImpl<>(all, pageable, all.size());
		}
		var result = query.fetch(Math.toIntExact(pageable.getOffset()), pageable.getPageSize());
		return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
	}

	// ------------------------------------------------------------------ internals

	private SearchSession session() {
		return Search.session(entityManager);
	}

	/** The folded words of a query, at most {@value #MAX_WORDS}. */
	private static List<String> words(@Nullable String q) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		List<String> words = VietnameseAnalysis.terms(q);
		return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
	}

	/** The ids of the producers whose names contain all the words. */
	private List<UUID> producerIdsNamed(List<String> words) {
		return session().search(Producer.class)
				.select(f -> f.id(UUID.class))
				.where(f -> allWords(f, words, List.of("name", "name_prefix"), null))
				.fetchHits(MAX_PRODUCERS);
	}

	private static <SR> PredicateFinalStep productText(TypedSearchPredicateFactory<SR> f, List<String> words,
			@Nullable String q, List<UUID> producerIds) {
		if (words.isEmpty()) {
			return f.matchNone();
		}
		var own = allWords(f, words, List.of("name", "name_prefix", "description", "ingredients", "story"), q);
		if (producerIds.isEmpty()) {
			return own;
		}
		return f.or().add(own).add(f.terms().field("producerId").matchingAny(producerIds));
	}

	/**
	 * Every word in one of the fields, a whole word scoring above the beginning of a word, the name above the
	 * rest, and the exact spelling (with its diacritics) above a folded one.
	 */
	private static <SR> PredicateFinalStep allWords(TypedSearchPredicateFactory<SR> f, List<String> words,
			List<String> fields, @Nullable String q) {
		return f.bool().with(b -> {
			for (String word : words) {
				var match = f.match().field(fields.get(0)).boost(boost(fields.get(0)));
				for (String field : fields.subList(1, fields.size())) {
					match = match.field(field).boost(boost(field));
				}
				b.must(match.matching(word));
			}
			if (q != null && fields.contains("name")) {
				b.should(f.match().field("name_exact").matching(q).boost(2f));
			}
		});
	}

	private static float boost(String field) {
		return switch (field) {
			case "name" -> 3f;
			case "name_prefix", "representative", "description" -> 1f;
			default -> 0.5f;
		};
	}

	/** The products the user may see: see {@code RegistryManagement.visibleProducts}. */
	private <SR> PredicateFinalStep visibleProducts(TypedSearchPredicateFactory<SR> f, CurrentUser user) {
		List<PredicateFinalStep> either = new ArrayList<>();
		if (user.roles().stream().anyMatch(RegistryAccess.UNIT_ROLES::contains)) {
			either.add(anyOf(f, "communeCode", geography.codesWithin(user.unitCode())));
		}
		if (user.has(Role.PRODUCER)) {
			List<UUID> ids = producers.findManagedBy(user.username()).stream().map(Producer::getId).toList();
			if (!ids.isEmpty()) {
				either.add(f.terms().field("producerId").matchingAny(ids));
			}
		}
		return either(f, either);
	}

	/** The producers the user may see: see {@code RegistryManagement.visibleProducers}. */
	private <SR> PredicateFinalStep visibleProducers(TypedSearchPredicateFactory<SR> f, CurrentUser user) {
		List<PredicateFinalStep> either = new ArrayList<>();
		if (user.roles().stream().anyMatch(RegistryAccess.UNIT_ROLES::contains)) {
			either.add(anyOf(f, "communeCode", geography.codesWithin(user.unitCode())));
		}
		if (user.has(Role.PRODUCER)) {
			either.add(f.match().field("accounts").matching(user.username()));
		}
		return either(f, either);
	}

	private static <SR> PredicateFinalStep either(TypedSearchPredicateFactory<SR> f, List<PredicateFinalStep> either) {
		if (either.isEmpty()) {
			return f.matchNone();
		}
		var or = f.or();
		either.forEach(or::add);
		return or;
	}

	private static <SR> PredicateFinalStep anyOf(TypedSearchPredicateFactory<SR> f, String field, Collection<String> values) {
		return values.isEmpty() ? f.matchNone() : f.terms().field(field).matchingAny(values);
	}

	/** The pageable's order on index fields, or by relevance then {@code ties} when it is unsorted. */
	private static <SR> SortFinalStep sort(TypedSearchSortFactory<SR> f, Sort sort, Map<String, String> fields,
			List<? extends SortFinalStep> ties) {
		return f.composite(c -> {
			if (sort.isUnsorted()) {
				c.add(f.score());
				ties.forEach(c::add);
				return;
			}
			for (Sort.Order order : sort) {
				String field = fields.get(order.getProperty());
				if (field == null) {
					throw new IllegalArgumentException("Search results cannot be sorted by " + order.getProperty());
				}
				var step = f.field(field);
				c.add(order.isAscending() ? step.asc().missing().last() : step.desc().missing().last());
			}
		});
	}
}
