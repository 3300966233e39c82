package vn.ocop.shared.cluster;

import java.util.Map;
import java.util.Set;

/**
 * Changes committed by another node of the cluster, published (synchronously, in this node) once this node's
 * search indexes show them: the ids of the changed records by entity (the simple class name of a
 * {@link ClusterBroadcast} entity). Caches listen with {@code @EventListener} and drop what they kept.
 */
public record ClusterChanges(Map<String, Set<String>> idsByEntity) {

	public boolean touches(Class<?> entity) {
		return idsByEntity.containsKey(entity.getSimpleName());
	}

	public Set<String> ids(Class<?> entity) {
		return idsByEntity.getOrDefault(entity.getSimpleName(), Set.of());
	}
}
