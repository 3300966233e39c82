package vn.ocop.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.evaluation.NewCouncil;

/**
 * The form that sets up a council: its level, unit, year and name, and one row per member (blank rows are
 * ignored, so the form can offer a few spare rows).
 */
class CouncilForm {

	/** Rows offered to a new council: the usual composition, accounts still to be chosen. */
	static final List<MemberRole> DEFAULT_ROLES = List.of(MemberRole.CHAIR, MemberRole.STANDING_VICE_CHAIR,
			MemberRole.MEMBER, MemberRole.MEMBER, MemberRole.MEMBER, MemberRole.EXPERT, MemberRole.SECRETARY);

	@NotNull
	private @Nullable CouncilLevel level = CouncilLevel.PROVINCE;

	@NotBlank
	@Size(max = 16)
	private String unitCode = "";

	@NotNull
	@Min(2018)
	@Max(2100)
	private @Nullable Integer year;

	@NotBlank
	@Size(max = 300)
	private String name = "";

	@Valid
	private List<MemberRow> members = new ArrayList<>();

	/** Set by the button that asks for one more member row (the form is shown again, nothing is saved). */
	private @Nullable String addRow;

	static CouncilForm blank(String unitCode, int year) {
		var form = new CouncilForm();
		form.unitCode = unitCode;
		form.year = year;
		DEFAULT_ROLES.forEach(role -> form.members.add(new MemberRow("", role)));
		return form;
	}

	/** The rows that name an account. */
	List<MemberRow> filledRows() {
		return members.stream().filter(m -> m.getUsername() != null && !m.getUsername().isBlank()).toList();
	}

	NewCouncil toCommand() {
		return new NewCouncil(level, unitCode.strip(), year == null ? 0 : year, name.strip(),
				filledRows().stream().map(m -> new NewCouncil.Member(m.getUsername().strip(),
						m.getRole() == null ? MemberRole.MEMBER : m.getRole())).toList());
	}

	void addRow() {
		members.add(new MemberRow("", MemberRole.MEMBER));
	}

	public @Nullable CouncilLevel getLevel() {
		return level;
	}

	public void setLevel(@Nullable CouncilLevel level) {
		this.level = level;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public @Nullable Integer getYear() {
		return year;
	}

	public void setYear(@Nullable Integer year) {
		this.year = year;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable String getAddRow() {
		return addRow;
	}

	public void setAddRow(@Nullable String addRow) {
		this.addRow = addRow;
	}

	public List<MemberRow> getMembers() {
		return members;
	}

	public void setMembers(List<MemberRow> members) {
		this.members = members;
	}

	/** One member row: an account name and a role. */
	public static class MemberRow {

		@Size(max = 64)
		private String username = "";

		private @Nullable MemberRole role = MemberRole.MEMBER;

		public MemberRow() {
		}

		MemberRow(String username, MemberRole role) {
			this.username = username;
			this.role = role;
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username == null ? "" : username;
		}

		public @Nullable MemberRole getRole() {
			return role;
		}

		public void setRole(@Nullable MemberRole role) {
			this.role = role;
		}
	}
}
