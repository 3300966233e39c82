package vn.ocop.planning.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A file attached to a task; what it may be is checked when it is stored. */
class AttachmentForm {

	private @Nullable MultipartFile file;

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}
}
