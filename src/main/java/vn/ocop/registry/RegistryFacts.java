package vn.ocop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Lean, unscoped facts about products and producers for statistics (the programme's KPI dashboard): one small row
 * per record, read with a single projection query, so that a national-size registry is counted in milliseconds.
 * Callers decide who may see the aggregates; no names or personal data are returned.
 */
@Service
@Transactional(readOnly = true)
public class RegistryFacts {

	/** One product, as statistics need it. */
	public record ProductFact(UUID id, UUID producerId, int cycleYear, String communeCode, LocalDate unitDate,
			String productSetCode, RegistrationType registrationType, ProductStatus status, int reachedStage,
			@Nullable Integer stars, Instant createdAt, Instant statusChangedAt) {
	}

	/** One producer, as statistics need it. */
	public record ProducerFact(UUID id, String communeCode, LocalDate unitDate, LegalForm legalForm,
			@Nullable Integer programmeYear, boolean newlyFounded, Instant createdAt) {
	}

	private final EntityManager entityManager;

	RegistryFacts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The products of one annual cycle. */
	public List<ProductFact> products(int cycleYear) {
		return entityManager.createQuery("select new vn.ocop.registry.RegistryFacts$ProductFact(p.id, p.producerId, "
				+ "p.cycleYear, p.communeCode, p.unitDate, p.productSetCode, p.registrationType, p.status, "
				+ "p.reachedStage, p.stars, p.createdAt, p.statusChangedAt) from Product p where p.cycleYear = :year",
				ProductFact.class).setParameter("year", cycleYear).getResultList();
	}

	/** Every product of the registry (for measures that follow products across cycles). */
	public List<ProductFact> allProducts() {
		return entityManager.createQuery("select new vn.ocop.registry.RegistryFacts$ProductFact(p.id, p.producerId, "
				+ "p.cycleYear, p.communeCode, p.unitDate, p.productSetCode, p.registrationType, p.status, "
				+ "p.reachedStage, p.stars, p.createdAt, p.statusChangedAt) from Product p", ProductFact.class)
				.getResultList();
	}

	/** Every producer. */
	public List<ProducerFact> producers() {
		return entityManager.createQuery("select new vn.ocop.registry.RegistryFacts$ProducerFact(p.id, p.communeCode, "
				+ "p.unitDate, p.legalForm, p.programmeYear, p.newlyFounded, p.createdAt) from Producer p",
				ProducerFact.class).getResultList();
	}
}
