package vn.ocop.shared.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.document.CheckedUpload.UploadPolicy;

/**
 * One upload check with each caller's policy: the kinds it accepts, its size limit and the words of its refusals.
 */
class CheckedUploadTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };

	static final UploadPolicy PHOTOS = new UploadPolicy(Set.of("image/jpeg", "image/png"), 1024, "photo.empty",
			"photo.tooLarge", "photo.type", detected -> new Object[] { detected }, false, 10);

	static final UploadPolicy IMAGES = new UploadPolicy(Set.of("image/png"), 2L * 1024 * 1024, "image.size",
			"image.size", "image.type", detected -> new Object[0], false, 200);

	@Test
	void shouldAcceptWhatThePolicyAcceptsByItsContent() {
		var upload = CheckedUpload.check("anh.pdf", PNG, PHOTOS, "anh");
		assertThat(upload.contentType()).isEqualTo("image/png");
		assertThat(upload.bytes()).isEqualTo(PNG);
	}

	@Test
	void shouldRefuseInThePolicysWords() {
		assertThat(refusal(PDF, PHOTOS).messageCode()).isEqualTo("photo.type");
		assertThat(refusal(PDF, PHOTOS).arguments()).containsExactly("application/pdf");
		assertThat(refusal(new byte[0], PHOTOS).messageCode()).isEqualTo("photo.empty");
		assertThat(refusal(new byte[0], PHOTOS).arguments()).isEmpty();
		assertThat(refusal(new byte[2000], PHOTOS).messageCode()).isEqualTo("photo.tooLarge");
		assertThat(refusal(PDF, IMAGES).arguments()).isEmpty();
		// one message for an empty file and one too large names the limit for both
		assertThat(refusal(new byte[0], IMAGES).messageCode()).isEqualTo("image.size");
		assertThat(refusal(new byte[0], IMAGES).arguments()).containsExactly(2L);
	}

	@Test
	void shouldKeepTheEndOfALongNameWithinThePolicysLength() {
		assertThat(CheckedUpload.check("a/very-long-name.png", PNG, PHOTOS, "anh").fileName()).isEqualTo("g-name.png")
				.hasSize(10);
		assertThat(CheckedUpload.check(" ", PNG, PHOTOS, "anh").fileName()).isEqualTo("anh");
	}

	@Test
	void shouldCheckDocumentsAsBefore() {
		assertThat(CheckedUpload.check("x.pdf", PDF, UploadPolicy.documents(1024), "tai-lieu").contentType())
				.isEqualTo("application/pdf");
		assertThat(refusal(PNG, UploadPolicy.documents(4)).messageCode()).isEqualTo("registry.document.tooLarge");
	}

	private static BusinessRuleException refusal(byte[] bytes, UploadPolicy policy) {
		return catchThrowableOfType(BusinessRuleException.class, () -> CheckedUpload.check("f", bytes, policy, "f"));
	}
}
