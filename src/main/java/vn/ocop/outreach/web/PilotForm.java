package vn.ocop.outreach.web;

import static vn.ocop.shared.Texts.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.outreach.PilotDetails;
import vn.ocop.outreach.PilotLevel;
import vn.ocop.outreach.PilotView;

/**
 * The form of a pilot model, checked field by field (every error at once, beside its field); that a district model
 * names its district is the model's own rule.
 */
class PilotForm {

	@NotNull
	@Min(2018)
	@Max(2100)
	private @Nullable Integer year;

	@NotBlank
	@Size(max = 500)
	private String name = "";

	@NotNull
	private @Nullable PilotLevel level;

	@NotBlank
	@Size(max = 200)
	private String type = "";

	@Size(max = 16)
	private String communeCode = "";

	@Size(max = 500)
	private String location = "";

	@Size(max = 4000)
	private String description = "";

	private List<UUID> productIds = new ArrayList<>();

	/** An empty form for a model of the year. */
	static PilotForm forYear(int year) {
		var form = new PilotForm();
		form.year = year;
		return form;
	}

	/** The form filled with a pilot model, to edit it. */
	static PilotForm of(PilotView pilot) {
		var form = new PilotForm();
		form.year = pilot.year();
		form.name = pilot.name();
		form.level = pilot.level();
		form.type = pilot.type();
		form.communeCode = pilot.communeCode() == null ? "" : pilot.communeCode();
		form.location = pilot.location() == null ? "" : pilot.location();
		form.description = pilot.description() == null ? "" : pilot.description();
		form.productIds = new ArrayList<>(pilot.products().stream().map(p -> p.productId()).toList());
		return form;
	}

	/** The details of a valid form. */
	PilotDetails details() {
		return new PilotDetails(Objects.requireNonNull(year), name.strip(), Objects.requireNonNull(level), type.strip(),
				blankToNull(communeCode), blankToNull(location), blankToNull(description), List.copyOf(productIds));
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

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public @Nullable PilotLevel getLevel() {
		return level;
	}

	public void setLevel(@Nullable PilotLevel level) {
		this.level = level;
	}

	public String getType() {
		return type;
	}

	public void setType(@Nullable String type) {
		this.type = type == null ? "" : type;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(@Nullable String communeCode) {
		this.communeCode = communeCode == null ? "" : communeCode;
	}

	public String getLocation() {
		return location;
	}

	public void setLocation(@Nullable String location) {
		this.location = location == null ? "" : location;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public List<UUID> getProductIds() {
		return productIds;
	}

	public void setProductIds(@Nullable List<UUID> productIds) {
		this.productIds = productIds == null ? new ArrayList<>() : productIds;
	}
}
