package vn.ocop.geography.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.Size;

/**
 * A list of units to import: the CSV file, the day it takes effect (as typed: the import reads both yyyy-MM-dd
 * and dd/MM/yyyy and says what is wrong with it together with the file's problems) and where it comes from.
 */
class SnapshotForm {

	private @Nullable MultipartFile file;

	private String validFrom = "";

	@Size(max = 200)
	private String source = "";

	/** The source as recorded: the one given, else the file's name. */
	@Nullable
	String sourceName() {
		return !source.isBlank() ? source : file == null ? null : file.getOriginalFilename();
	}

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

	public String getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(@Nullable String validFrom) {
		this.validFrom = validFrom == null ? "" : validFrom;
	}

	public String getSource() {
		return source;
	}

	public void setSource(@Nullable String source) {
		this.source = source == null ? "" : source;
	}
}
