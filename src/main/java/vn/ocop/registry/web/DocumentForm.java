package vn.ocop.registry.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file uploaded to a product's dossier as a document of a type (the dossier's own rules check both).
 */
class DocumentForm {

	private String type = "";

	private @Nullable MultipartFile file;

	public String getType() {
		return type;
	}

	public void setType(@Nullable String type) {
		this.type = type == null ? "" : type.strip();
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}
}
