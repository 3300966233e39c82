package vn.ocop.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity, or a field of one, whose changes the audit log does not record (e.g. login counters), or
 * whose value it masks ({@link #masked()}, e.g. password hashes: the change is recorded, never the value).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.FIELD })
public @interface AuditIgnored {

	/** Record that the field changed, but not its values. */
	boolean masked() default false;
}
