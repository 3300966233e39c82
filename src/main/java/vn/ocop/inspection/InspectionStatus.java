package vn.ocop.inspection;

/** An inspection is open until concluded; its record is then locked. */
public enum InspectionStatus {
	/** Scheduled or in progress: checklist and findings are being recorded. */
	OPEN,
	/** Concluded: locked; proposed sanctions await the office. */
	CONCLUDED
}
