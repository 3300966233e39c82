package vn.ocop.evaluation;

import vn.ocop.shared.document.CheckedUpload;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.evaluation.Rules.unprocessable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.support.RegistryFixtures;

/**
 * The central council's document offered by the office, without Spring: recognised by its content, not its name;
 * refused when empty, too large or of another kind; a file name safe to keep; attached to the recorded result.
 */
class CentralMinutesUploadTests {

	static final byte[] PDF = RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII);

	static CheckedUpload read(String name, byte[] bytes, long max) throws Exception {
		return CheckedUpload.read(name, new ByteArrayInputStream(bytes), max, CentralCouncil.MINUTES_NAME);
	}

	@Test
	void shouldRecogniseTheDocumentByItsContent() throws Exception {
		CheckedUpload upload = read("bien-ban.txt", PDF, 1024);
		assertThat(upload.contentType()).isEqualTo("application/pdf");
		assertThat(upload.sha256()).hasSize(64);
		unprocessable(() -> read("bien-ban.pdf", "Biên bản".getBytes(StandardCharsets.UTF_8), 1024),
				"registry.document.badContent");
		unprocessable(() -> read("bien-ban.pdf", new byte[0], 1024), "registry.document.empty");
		unprocessable(() -> read("bien-ban.pdf", PDF, PDF.length - 1), "registry.document.tooLarge");
	}

	@Test
	void shouldKeepAFileNameSafeToStoreAndServe() {
		assertThat(CheckedUpload.safeName("../../etc/passwd", CentralCouncil.MINUTES_NAME)).isEqualTo(".._.._etc_passwd");
		assertThat(CheckedUpload.safeName("  ", CentralCouncil.MINUTES_NAME)).isEqualTo("bien-ban-hoi-dong-trung-uong");
		assertThat(CheckedUpload.safeName("a".repeat(250) + ".pdf", CentralCouncil.MINUTES_NAME)).hasSize(200).endsWith(".pdf");
	}

	@Test
	void shouldAttachTheDocumentToTheRecordedResultAndReplaceIt() {
		CentralResult result = new CentralResult(UUID.randomUUID(), UUID.randomUUID(), new java.math.BigDecimal("92"), 5,
				CentralResultTests.TODAY, "BB-01", CentralResultTests.TODAY, null, CouncilTests.NOW, "office");
		assertThat(result.hasMinutes()).isFalse();
		assertThat(result.toView().minutes()).isNull();
		result.attachMinutes("bien-ban.pdf", "application/pdf", 120, "ab", "central-result/1", CouncilTests.NOW, "office");
		result.attachMinutes("bien-ban-2.pdf", "application/pdf", 240, "cd", "central-result/2", CouncilTests.NOW, "office");
		assertThat(result.hasMinutes()).isTrue();
		assertThat(result.getStorageKey()).isEqualTo("central-result/2");
		assertThat(result.toView().minutes()).satisfies(d -> {
			assertThat(d.fileName()).isEqualTo("bien-ban-2.pdf");
			assertThat(d.size()).isEqualTo(240);
			assertThat(d.uploadedBy()).isEqualTo("office");
		});
		assertThat(result.toView().minutesReference()).isEqualTo("BB-01");
	}
}
