package vn.ocop.inspection;

/** Whether an inspection carries out the year's plan or was decided on its own (e.g. after a complaint). */
public enum InspectionKind {
	/** Theo kế hoạch. */
	PLANNED,
	/** Đột xuất. */
	UNPLANNED
}
