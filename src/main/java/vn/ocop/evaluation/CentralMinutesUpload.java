package vn.ocop.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.ocop.shared.BusinessRuleException;

/**
 * The central council's minutes or result document offered by the office, checked as the dossier uploads are: not
 * empty, at most the configured size, a PDF, JPEG or PNG recognised by its content (not its name), with a file name
 * safe to store and serve back. The refusals use the dossier's messages (registry.document.*).
 */
record CentralMinutesUpload(String fileName, String contentType, byte[] bytes) {

	/** Content types the document may have, detected from its bytes. */
	static final Set<String> ACCEPTED_CONTENT = Set.of("application/pdf", "image/jpeg", "image/png");

	private static final Tika TIKA = new Tika();

	static CentralMinutesUpload read(@Nullable String fileName, InputStream content, long maxBytes) throws IOException {
		byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		if (bytes.length == 0) {
			throw BusinessRuleException.unprocessable("registry.document.empty");
		}
		if (bytes.length > maxBytes) {
			throw BusinessRuleException.unprocessable("registry.document.tooLarge", maxBytes / (1024 * 1024));
		}
		String detected = TIKA.detect(bytes);
		if (!ACCEPTED_CONTENT.contains(detected)) {
			throw BusinessRuleException.unprocessable("registry.document.badContent", new DefaultMessageSourceResolvable(
					new String[] { "registry.document.kind." + detected, "registry.document.kind.other" }));
		}
		return new CentralMinutesUpload(safeName(fileName), detected, bytes);
	}

	String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Without path separators or control characters, at most 200 characters (its end, where the extension is). */
	static String safeName(@Nullable String name) {
		String base = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (base.isEmpty()) {
			base = "bien-ban-hoi-dong-trung-uong";
		}
		if (base.length() > 200) {
			base = base.substring(base.length() - 200);
		}
		return base;
	}
}
