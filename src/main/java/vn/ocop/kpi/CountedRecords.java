package vn.ocop.kpi;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Names the records a KPI counted, so that a figure drills down to the list of the records behind it. Each module
 * that owns records a measure counts provides one bean for its kinds (the programme itself for products,
 * certificates, producers, sales points and pilots; support for requests and IP applications).
 */
public interface CountedRecords {

	/** What the list shows of one record. */
	record Line(String name, @Nullable String detail, @Nullable String link) {
	}

	Set<CountedKind> kinds();

	/** The records of one kind by id (ids not found are left out). */
	Map<String, Line> lines(CountedKind kind, Collection<String> ids);
}
