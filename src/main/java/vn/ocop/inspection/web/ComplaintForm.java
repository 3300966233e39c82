package vn.ocop.inspection.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.Size;

/**
 * A complaint from the public about a certified product: its certificate's code, what is wrong (required and at
 * least 10 characters: the complaint's own rules), who sends it and how to reach them, one photo.
 */
class ComplaintForm {

	private String code = "";

	@Size(max = 2000)
	private String description = "";

	@Size(max = 200)
	private @Nullable String reporterName;

	@Size(max = 200)
	private @Nullable String reporterContact;

	private @Nullable MultipartFile photo;

	/** An empty complaint about the product with this certificate. */
	static ComplaintForm about(@Nullable String code) {
		var form = new ComplaintForm();
		form.setCode(code);
		return form;
	}

	public String getCode() {
		return code;
	}

	public void setCode(@Nullable String code) {
		this.code = code == null ? "" : code;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public @Nullable String getReporterName() {
		return reporterName;
	}

	public void setReporterName(@Nullable String reporterName) {
		this.reporterName = reporterName;
	}

	public @Nullable String getReporterContact() {
		return reporterContact;
	}

	public void setReporterContact(@Nullable String reporterContact) {
		this.reporterContact = reporterContact;
	}

	public @Nullable MultipartFile getPhoto() {
		return photo;
	}

	public void setPhoto(@Nullable MultipartFile photo) {
		this.photo = photo;
	}
}
