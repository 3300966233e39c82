package vn.ocop.outreach;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What describes a training course.
 */
public record TrainingDetails(String title, String organiser, Audience audience, @Nullable String place,
		@Nullable String communeCode, LocalDate startsOn, LocalDate endsOn, @Nullable String description) {
}
