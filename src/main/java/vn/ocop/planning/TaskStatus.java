package vn.ocop.planning;

/**
 * Where a plan task stands.
 */
public enum TaskStatus {
	/** Chưa triển khai. */
	PLANNED,
	/** Đang thực hiện. */
	IN_PROGRESS,
	/** Hoàn thành. */
	DONE,
	/** Không thực hiện (hủy). */
	CANCELLED;

	/** Whether the task still has work to do (and can be late). */
	public boolean open() {
		return this == PLANNED || this == IN_PROGRESS;
	}
}
