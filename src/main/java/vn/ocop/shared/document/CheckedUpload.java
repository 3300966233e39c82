package vn.ocop.shared.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Function;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.ocop.shared.BusinessRuleException;

/**
 * A file offered by a user, checked against an {@link UploadPolicy}: not empty, at most the policy's size, of one of
 * its kinds recognised by its content (not its name), with a file name safe to store and serve back. Documents (a
 * dossier file, the central council's minutes) take {@link UploadPolicy#documents}: a PDF, JPEG or PNG, refusals
 * worded by {@code registry.document.*} with the detected kind in words ("văn bản Word"), never a MIME type. Other
 * uploads (an inspection's photo, a plan task's attachment, an article's image) bring their own policy.
 */
public record CheckedUpload(String fileName, String contentType, byte[] bytes) {

	/** Content types a document may have, detected from its bytes. */
	public static final Set<String> ACCEPTED_CONTENT = Set.of("application/pdf", "image/jpeg", "image/png");

	private static final Tika TIKA = new Tika();

	/**
	 * What an upload may be and how a refusal is worded.
	 *
	 * @param accepted the content types accepted, as detected from the bytes
	 * @param maxBytes the largest file accepted
	 * @param emptyCode the message of an empty file; when it is the same as {@code tooLargeCode} it names the limit too
	 * @param tooLargeCode the message of a file over the limit, given the limit in MB
	 * @param typeCode the message of a file of another kind
	 * @param typeArguments the arguments of that message, given the detected content type
	 * @param nameHint whether the file's name helps detection (office formats tell their kind apart by it)
	 * @param maxNameLength the longest file name kept (its end, where the extension is)
	 */
	public record UploadPolicy(Set<String> accepted, long maxBytes, String emptyCode, String tooLargeCode,
			String typeCode, Function<String, Object[]> typeArguments, boolean nameHint, int maxNameLength) {

		/** A document: PDF, JPEG or PNG, refused in the words of {@code registry.document.*}. */
		public static UploadPolicy documents(long maxBytes) {
			return new UploadPolicy(ACCEPTED_CONTENT, maxBytes, "registry.document.empty", "registry.document.tooLarge",
					"registry.document.badContent", UploadPolicy::kindInWords, false, 200);
		}

		/**
		 * The detected kind of a file in words as a message argument ("văn bản Word", "ảnh HEIC của điện thoại"),
		 * never its MIME type: the words of {@code registry.document.kind.*}.
		 */
		public static Object[] kindInWords(String detected) {
			return new Object[] { new DefaultMessageSourceResolvable(new String[] {
					"registry.document.kind." + detected, "registry.document.kind.other" }) };
		}
	}

	/**
	 * Reads and checks a document.
	 *
	 * @param nameIfNone the file name when the offered one is empty
	 */
	public static CheckedUpload read(@Nullable String fileName, InputStream content, long maxBytes, String nameIfNone)
			throws IOException {
		return read(fileName, content, UploadPolicy.documents(maxBytes), nameIfNone);
	}

	/**
	 * Reads and checks an upload against a policy.
	 *
	 * @param nameIfNone the file name when the offered one is empty
	 */
	public static CheckedUpload read(@Nullable String fileName, InputStream content, UploadPolicy policy,
			String nameIfNone) throws IOException {
		long maxBytes = policy.maxBytes();
		byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		long megabytes = maxBytes / (1024 * 1024);
		if (bytes.length == 0) {
			throw policy.emptyCode().equals(policy.tooLargeCode())
					? BusinessRuleException.unprocessable(policy.emptyCode(), megabytes)
					: BusinessRuleException.unprocessable(policy.emptyCode());
		}
		if (bytes.length > maxBytes) {
			throw BusinessRuleException.unprocessable(policy.tooLargeCode(), megabytes);
		}
		String detected = policy.nameHint() ? TIKA.detect(bytes, fileName) : TIKA.detect(bytes);
		if (!policy.accepted().contains(detected)) {
			throw BusinessRuleException.unprocessable(policy.typeCode(), policy.typeArguments().apply(detected));
		}
		return new CheckedUpload(safeName(fileName, nameIfNone, policy.maxNameLength()), detected, bytes);
	}

	/** Checks bytes already read against a policy (they are not read again). */
	public static CheckedUpload check(@Nullable String fileName, byte[] bytes, UploadPolicy policy, String nameIfNone) {
		try {
			return read(fileName, new ByteArrayInputStream(bytes), policy, nameIfNone);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The content type of stored bytes, detected from their content as on upload (to serve them back). */
	public static String detect(byte[] bytes) {
		return TIKA.detect(bytes);
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
		return safeName(name, nameIfNone, 200);
	}

	private static String safeName(@Nullable String name, String nameIfNone, int maxLength) {
		String base = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (base.isEmpty()) {
			base = nameIfNone;
		}
		if (base.length() > maxLength) {
			base = base.substring(base.length() - maxLength);
		}
		return base;
	}
}
