package vn.ocop.evaluation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What it takes to set up a council; without rules, the national defaults ({@link CouncilRules#NATIONAL}).
 */
public record NewCouncil(@NotNull CouncilLevel level, @NotBlank @Size(max = 16) String unitCode,
		@Min(2018) @Max(2100) int year, @NotBlank @Size(max = 300) String name,
		@NotEmpty @Size(max = 50) List<@NotNull @Valid Member> members, @Valid @org.jspecify.annotations.Nullable CouncilRules rules) {

	/** A council under the national default operating rules. */
	public NewCouncil(CouncilLevel level, String unitCode, int year, String name, List<Member> members) {
		this(level, unitCode, year, name, members, null);
	}

	public record Member(@NotBlank @Size(max = 64) String username, @NotNull MemberRole role) {
	}
}
