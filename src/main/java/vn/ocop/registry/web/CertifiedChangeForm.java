package vn.ocop.registry.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ocop.registry.CertifiedChange;
import vn.ocop.registry.ProductSummary;

/**
 * A producer's request to change what the certificate recognised: the name, product set, packaging and story
 * after the change, and why. The checks are those of {@link CertifiedChange}.
 */
class CertifiedChangeForm {

	@NotBlank
	@Size(max = 300)
	private String name = "";

	@NotBlank
	@Size(max = 32)
	private String productSetCode = "";

	@Size(max = 1000)
	private @Nullable String packaging;

	@Size(max = 20000)
	private @Nullable String story;

	@NotBlank
	@Size(max = 2000)
	private String reason = "";

	/** The form showing the product's certified details as they are. */
	static CertifiedChangeForm of(ProductSummary product) {
		var form = new CertifiedChangeForm();
		form.name = product.name();
		form.productSetCode = product.productSetCode();
		form.packaging = product.packaging();
		form.story = product.story();
		return form;
	}

	CertifiedChange toChange() {
		return new CertifiedChange(name.strip(), productSetCode.strip(), packaging, story, reason.strip());
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public String getProductSetCode() {
		return productSetCode;
	}

	public void setProductSetCode(@Nullable String productSetCode) {
		this.productSetCode = productSetCode == null ? "" : productSetCode;
	}

	public @Nullable String getPackaging() {
		return packaging;
	}

	public void setPackaging(@Nullable String packaging) {
		this.packaging = packaging;
	}

	public @Nullable String getStory() {
		return story;
	}

	public void setStory(@Nullable String story) {
		this.story = story;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason == null ? "" : reason;
	}
}
