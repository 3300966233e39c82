package vn.ocop.registry;

/**
 * Inserting many new aggregates at once, for imports. {@code saveAll} cannot tell a new aggregate from an existing
 * one when its identifier is assigned in its constructor (as ours are) and its version is a primitive: it merges
 * each one, which costs a select per aggregate (and per child) and a second, managed copy of each. Aggregates
 * passed here are known to be new and are persisted directly, in JDBC batches at flush; their domain events are
 * published as with {@code saveAll} (the method's name starts with "save").
 */
interface RegistryImportInserts {

	/** Persists aggregates that were just constructed (never saved before). */
	void saveAllNew(Iterable<?> aggregates);
}
