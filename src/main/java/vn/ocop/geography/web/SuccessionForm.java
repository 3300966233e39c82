package vn.ocop.geography.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A reorganisation mapping to import: the CSV file and the day it takes effect (as typed, read by the import).
 */
class SuccessionForm {

	private @Nullable MultipartFile file;

	private String effectiveFrom = "";

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

	public String getEffectiveFrom() {
		return effectiveFrom;
	}

	public void setEffectiveFrom(@Nullable String effectiveFrom) {
		this.effectiveFrom = effectiveFrom == null ? "" : effectiveFrom;
	}
}
