package vn.ocop.kpi;

/**
 * The kinds of records a KPI counts, each resolved to a name and a link by the {@link CountedRecords} of the module
 * that owns it.
 */
public enum CountedKind {
	PRODUCT, CERTIFICATE, PRODUCER, OUTLET, PILOT, SUPPORT_REQUEST, IP_APPLICATION
}
