package vn.ocop.outreach.web;

import static vn.ocop.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.outreach.OutletDetails;
import vn.ocop.outreach.OutletKind;
import vn.ocop.outreach.OutletView;
import vn.ocop.shared.web.FormFields;

/**
 * The form of a sales centre or point, checked field by field (every error at once, beside its field); the rules
 * of the outlet itself (coordinates on Earth) are the aggregate's. Coordinates are typed as decimals with a point
 * or a comma.
 */
class OutletForm {

	static final String DECIMAL = "\\s*-?\\d{1,3}([.,]\\d+)?\\s*";

	@NotBlank
	@Size(max = 300)
	private String name = "";

	@NotNull
	private @Nullable OutletKind kind;

	@NotBlank
	@Size(max = 500)
	private String address = "";

	@Size(max = 16)
	private String communeCode = "";

	@NotBlank
	@Pattern(regexp = DECIMAL)
	private String latitude = "";

	@NotBlank
	@Pattern(regexp = DECIMAL)
	private String longitude = "";

	@NotBlank
	@Size(max = 300)
	private String operator = "";

	@Size(max = 200)
	private String openingHours = "";

	@Size(max = 20)
	private String phone = "";

	@Size(max = 4000)
	private String criteria = "";

	private List<UUID> productIds = new ArrayList<>();

	/** The form filled with an outlet, to edit it. */
	static OutletForm of(OutletView outlet) {
		var form = new OutletForm();
		form.name = outlet.name();
		form.kind = outlet.kind();
		form.address = outlet.address();
		form.communeCode = outlet.communeCode() == null ? "" : outlet.communeCode();
		form.latitude = BigDecimal.valueOf(outlet.latitude()).toPlainString();
		form.longitude = BigDecimal.valueOf(outlet.longitude()).toPlainString();
		form.operator = outlet.operator();
		form.openingHours = outlet.openingHours() == null ? "" : outlet.openingHours();
		form.phone = outlet.phone() == null ? "" : outlet.phone();
		form.criteria = String.join("\n", outlet.criteria());
		form.productIds = new ArrayList<>(outlet.products().stream().map(p -> p.productId()).toList());
		return form;
	}

	/** The details of a valid form. */
	OutletDetails details() {
		return new OutletDetails(name.strip(), java.util.Objects.requireNonNull(kind), address.strip(),
				blankToNull(communeCode), decimal(latitude), decimal(longitude), operator.strip(),
				blankToNull(openingHours), blankToNull(phone), FormFields.lines(criteria), List.copyOf(productIds));
	}

	private static BigDecimal decimal(String value) {
		return new BigDecimal(value.strip().replace(',', '.'));
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public @Nullable OutletKind getKind() {
		return kind;
	}

	public void setKind(@Nullable OutletKind kind) {
		this.kind = kind;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address == null ? "" : address;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(@Nullable String communeCode) {
		this.communeCode = communeCode == null ? "" : communeCode;
	}

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(@Nullable String latitude) {
		this.latitude = latitude == null ? "" : latitude;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(@Nullable String longitude) {
		this.longitude = longitude == null ? "" : longitude;
	}

	public String getOperator() {
		return operator;
	}

	public void setOperator(@Nullable String operator) {
		this.operator = operator == null ? "" : operator;
	}

	public String getOpeningHours() {
		return openingHours;
	}

	public void setOpeningHours(@Nullable String openingHours) {
		this.openingHours = openingHours == null ? "" : openingHours;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone == null ? "" : phone;
	}

	public String getCriteria() {
		return criteria;
	}

	public void setCriteria(@Nullable String criteria) {
		this.criteria = criteria == null ? "" : criteria;
	}

	public List<UUID> getProductIds() {
		return productIds;
	}

	public void setProductIds(@Nullable List<UUID> productIds) {
		this.productIds = productIds == null ? new ArrayList<>() : productIds;
	}
}
