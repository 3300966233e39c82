package vn.ocop.evaluation.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The central council's minutes attached (or replaced) after its result; the kinds of file taken are the
 * dossier's, checked by content.
 */
class CentralMinutesForm {

	private @Nullable MultipartFile file;

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}
}
