package vn.ocop.registry;

import jakarta.persistence.EntityManager;

/**
 * The repository fragment behind {@link RegistryImportInserts}.
 */
class RegistryImportInsertsImpl implements RegistryImportInserts {

	private final EntityManager entityManager;

	RegistryImportInsertsImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public void saveAllNew(Iterable<?> aggregates) {
		for (Object aggregate : aggregates) {
			entityManager.persist(aggregate);
		}
	}
}
