package vn.ocop.criteria.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A filled-in template (.xlsx) or an {@code ocop-criteria/1} file (.json) to become a draft, and the product set it
 * is for when the file names none the taxonomy knows.
 */
class UploadForm {

	private @Nullable MultipartFile file;

	private @Nullable String productSet;

	/** The product set chosen, if any. */
	@Nullable String chosenSet() {
		return productSet == null || productSet.isBlank() ? null : productSet;
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

	public @Nullable String getProductSet() {
		return productSet;
	}

	public void setProductSet(@Nullable String productSet) {
		this.productSet = productSet;
	}
}
