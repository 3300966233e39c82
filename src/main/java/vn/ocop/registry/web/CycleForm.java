package vn.ocop.registry.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Opening the cycle of a year under a regulation, with the default schedule.
 */
class CycleForm {

	/** The fields in the order of the form, for the error summary. */
	static final java.util.List<String> FIELDS = java.util.List.of("year", "regulationCode");

	@NotNull
	@Min(2018)
	@Max(2100)
	private @Nullable Integer year;

	@NotBlank
	private @Nullable String regulationCode;

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public @Nullable String getRegulationCode() {
		return regulationCode;
	}

	public void setRegulationCode(@Nullable String regulationCode) {
		this.regulationCode = regulationCode;
	}
}
