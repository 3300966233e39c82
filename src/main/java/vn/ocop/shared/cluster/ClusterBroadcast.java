package vn.ocop.shared.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose changes the other nodes of a cluster must follow: each insert, update and delete is written
 * to the change feed in the changing transaction, and every other node then updates its search index (for an
 * indexed entity) and publishes {@link ClusterChanges} for its caches. Without a cluster it does nothing.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ClusterBroadcast {
}
