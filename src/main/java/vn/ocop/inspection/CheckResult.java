package vn.ocop.inspection;

/** The outcome of one checklist item. */
public enum CheckResult {
	/** Đạt. */
	PASS,
	/** Không đạt. */
	FAIL,
	/** Không áp dụng. */
	NOT_APPLICABLE
}
