package vn.ocop.planning.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;

/**
 * The form of a task answering a difficulty of a monthly report: the report and the plan's activity beside
 * the fields of {@link TaskForm}; the difficulty is the description to start from.
 */
class TaskFromReportForm extends TaskForm {

	@NotNull
	private @Nullable UUID reportId;

	private String reportMonth = "";

	@NotNull
	private @Nullable Integer year;

	@NotNull
	private @Nullable Integer activity;

	public @Nullable UUID getReportId() {
		return reportId;
	}

	public void setReportId(@Nullable UUID reportId) {
		this.reportId = reportId;
	}

	public String getReportMonth() {
		return reportMonth;
	}

	public void setReportMonth(@Nullable String reportMonth) {
		this.reportMonth = reportMonth == null ? "" : reportMonth;
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable Integer getActivity() {
		return activity;
	}

	public void setActivity(@Nullable Integer activity) {
		this.activity = activity;
	}
}
