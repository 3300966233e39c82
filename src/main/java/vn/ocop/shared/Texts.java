package vn.ocop.shared;

import org.jspecify.annotations.Nullable;

/** How aggregates keep free text a user typed: without surrounding blanks, nothing for a blank, at most so long. */
public final class Texts {

	private Texts() {
	}

	/** The text without surrounding blanks; {@code null} when it is blank. */
	public static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** As {@link #blankToNull(String)}, cut to at most {@code max} characters. */
	public static @Nullable String cut(@Nullable String text, int max) {
		String stripped = blankToNull(text);
		return stripped != null && stripped.length() > max ? stripped.substring(0, max) : stripped;
	}
}
