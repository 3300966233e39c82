package vn.ocop.registry;

import vn.ocop.shared.document.CheckedUpload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.BusinessRuleException;

class DossierUploadTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

	@Test
	void shouldAcceptAPdfByItsContentWithASafeName() throws Exception {
		var upload = CheckedUpload.read("..\\hồ sơ/đăng ký?.pdf", new ByteArrayInputStream(PDF), 1024, "tai-lieu");
		assertThat(upload.contentType()).isEqualTo("application/pdf");
		assertThat(upload.fileName()).isEqualTo(".._hồ sơ_đăng ký_.pdf");
		assertThat(upload.sha256()).hasSize(64).matches("[0-9a-f]+");
		assertThat(CheckedUpload.safeName(" ", "tai-lieu")).isEqualTo("tai-lieu");
		assertThat(CheckedUpload.safeName("a".repeat(300) + ".pdf", "tai-lieu")).hasSize(200).endsWith(".pdf");
	}

	@Test
	void shouldRefuseAnEmptyATooLargeOrAForeignFile() {
		assertThatThrownBy(() -> CheckedUpload.read("a.pdf", new ByteArrayInputStream(new byte[0]), 1024, "tai-lieu"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.document.empty"));
		assertThatThrownBy(() -> CheckedUpload.read("a.pdf", new ByteArrayInputStream(PDF), PDF.length - 1, "tai-lieu"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.document.tooLarge"));
		// a text file named .pdf
		assertThatThrownBy(() -> CheckedUpload.read("a.pdf",
				new ByteArrayInputStream("không phải PDF".getBytes(StandardCharsets.UTF_8)), 1024, "tai-lieu"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.document.badContent"));
	}

	@Test
	void shouldReferACyclesRecordsToItsSelectionDeadlineOrToday() {
		var scheduled = List.of(new PhaseSchedule(CyclePhase.SELECTION, LocalDate.of(2026, 1, 15),
				LocalDate.of(2026, 4, 30)));
		assertThat(Cycle.registrationDay(2026, scheduled, LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(Cycle.registrationDay(2026, scheduled, LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 2, 1));
		// no selection phase: 10 March, as the default schedule
		assertThat(Cycle.registrationDay(2026, List.of(), LocalDate.of(2026, 9, 1)))
				.isEqualTo(MonthDay.of(3, 10).atYear(2026));
		assertThat(Cycle.defaultSchedule(2026)).filteredOn(p -> p.phase() == CyclePhase.SELECTION)
				.singleElement().extracting(PhaseSchedule::deadline).isEqualTo(LocalDate.of(2026, 3, 10));
	}
}
