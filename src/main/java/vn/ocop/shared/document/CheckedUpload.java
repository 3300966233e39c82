package vn.ocop.shared.document;

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
 * A document offered by a user (a dossier file, the central council's minutes), checked: not empty, at most the
 * configured size, a PDF, JPEG or PNG recognised by its content (not its name), with a file name safe to store and
 * serve back. Refusals name the problem in the user's language ({@code registry.document.*}), the detected kind in
 * words ("văn bản Word"), never a MIME type.
 */
public record CheckedUpload(String fileName, String contentType, byte[] bytes) {

	/** Content types a document may have, detected from its bytes. */
	public static final Set<String> ACCEPTED_CONTENT = Set.of("application/pdf", "image/jpeg", "image/png");

	private static final Tika TIKA = new Tika();

	/**
	 * Reads and checks a document.
	 *
	 * @param nameIfNone the file name when the offered one is empty
	 */
	public static CheckedUpload read(@Nullable String fileName, InputStream content, long maxBytes, String nameIfNone)
			throws IOException {
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
		return new CheckedUpload(safeName(fileName, nameIfNone), detected, bytes);
	}

	/** The SHA-256 of the bytes, in hexadecimal. */
	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Without path separators or control characters, at most 200 characters (its end, where the extension is). */
	public static String safeName(@Nullable String name, String nameIfNone) {
		String base = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (base.isEmpty()) {
			base = nameIfNone;
		}
		if (base.length() > 200) {
			base = base.substring(base.length() - 200);
		}
		return base;
	}
}
