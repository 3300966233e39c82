package vn.ocop.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Keeps the search indexes of the registry in step with the database across restarts. Writes through JPA are
 * indexed as they commit; rows that reach the database otherwise (a deleted index directory, a restored backup, a
 * migration) are caught at start: when an index does not hold as many documents as its table has rows, it is
 * rebuilt from the database before the application takes requests. When the counts agree this costs two count
 * queries and two index counts.
 */
@Component
class RegistrySearchIndexer implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(RegistrySearchIndexer.class);

	private final EntityManagerFactory entityManagerFactory;

	RegistrySearchIndexer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		reindexIfOutOfStep();
	}

	/** Rebuilds the indexes whose document counts differ from their tables' row counts; the types rebuilt. */
	List<Class<?>> reindexIfOutOfStep() {
		long started = System.nanoTime();
		List<Class<?>> stale = new ArrayList<>();
		List<String> counts = new ArrayList<>();
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			var session = Search.session(entityManager);
			for (Class<?> type : List.<Class<?>>of(Producer.class, Product.class)) {
				long rows = entityManager.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
						.getSingleResult();
				long documents = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
				counts.add(type.getSimpleName() + " " + rows + " rows, " + documents + " documents");
				if (rows != documents) {
					stale.add(type);
				}
			}
			if (stale.isEmpty()) {
				log.info("Search indexes in step with the database ({}), checked in {} ms", counts,
						(System.nanoTime() - started) / 1_000_000);
				return stale;
			}
			log.info("Search indexes out of step with the database ({}): rebuilding {}", counts,
					stale.stream().map(Class::getSimpleName).toList());
			var documents = new AtomicLong();
			try {
				session.massIndexer(stale).monitor(new Counting(documents)).startAndWait();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while rebuilding the search indexes", e);
			}
			log.info("Search indexes rebuilt: {} documents in {} ms", documents.get(),
					(System.nanoTime() - started) / 1_000_000);
		}
		return stale;
	}

	/** Counts the documents written, without the default monitor's progress lines. */
	private record Counting(AtomicLong documents) implements MassIndexingMonitor {

		@Override
		public void documentsAdded(long increment) {
			documents.addAndGet(increment);
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void indexingCompleted() {
		}
	}
}
