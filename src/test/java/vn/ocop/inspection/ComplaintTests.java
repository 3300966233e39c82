package vn.ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A consumer's complaint without Spring: received as new, then handled once, by opening an inspection or by a
 * dismissal with its reason; a handled complaint is never handled again.
 */
class ComplaintTests {

	static final Instant NOW = Instant.parse("2024-04-01T03:00:00Z");

	@Test
	void shouldReceiveAComplaintAsNewWithTheReportersDetailsTidied() {
		var complaint = new Complaint("OCOP-HT-2023-0012", "Cam Khe Mây", "HTX Khe Mây", "  Hàng bị dập  ", " ", "  ",
				null, null, NOW);
		var view = complaint.toView();
		assertThat(view.status()).isEqualTo(ComplaintStatus.NEW);
		assertThat(view.description()).isEqualTo("Hàng bị dập");
		assertThat(view.reporterName()).isNull();
		assertThat(view.reporterContact()).isNull();
		assertThat(view.hasPhoto()).isFalse();
		assertThat(view.receivedAt()).isEqualTo(NOW);
		assertThat(view.handledAt()).isNull();
		assertThat(view.inspectionId()).isNull();
		assertThat(complaint("photo.jpg").toView().hasPhoto()).isTrue();
	}

	@Test
	void shouldLinkTheInspectionOpenedFromAComplaintAndHandleItOnlyOnce() {
		var complaint = complaint(null);
		var inspection = UUID.randomUUID();
		complaint.inspectionOpened(inspection, NOW.plusSeconds(60), "inspector");
		assertThat(complaint.toView()).satisfies(v -> {
			assertThat(v.status()).isEqualTo(ComplaintStatus.INSPECTION_OPENED);
			assertThat(v.inspectionId()).isEqualTo(inspection);
			assertThat(v.handledBy()).isEqualTo("inspector");
			assertThat(v.handledAt()).isEqualTo(NOW.plusSeconds(60));
		});
		assertThatThrownBy(() -> complaint.inspectionOpened(UUID.randomUUID(), NOW, "other"))
				.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> complaint.dismiss("Không có căn cứ", NOW, "other"))
				.isInstanceOf(IllegalStateException.class);
		assertThat(complaint.toView().inspectionId()).isEqualTo(inspection);
		assertThat(complaint.toView().note()).isNull();
	}

	@Test
	void shouldDismissAComplaintWithItsReasonAndOpenNothingAfterwards() {
		var complaint = complaint(null);
		complaint.dismiss("  Không có căn cứ  ", NOW.plusSeconds(60), "inspector");
		assertThat(complaint.toView()).satisfies(v -> {
			assertThat(v.status()).isEqualTo(ComplaintStatus.DISMISSED);
			assertThat(v.note()).isEqualTo("Không có căn cứ");
			assertThat(v.handledBy()).isEqualTo("inspector");
		});
		assertThatThrownBy(() -> complaint.inspectionOpened(UUID.randomUUID(), NOW, "inspector"))
				.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> complaint.dismiss("Lần hai", NOW, "inspector")).isInstanceOf(IllegalStateException.class);
		assertThat(complaint.toView().status()).isEqualTo(ComplaintStatus.DISMISSED);
		assertThat(complaint.toView().inspectionId()).isNull();
	}

	private static Complaint complaint(String photoKey) {
		return new Complaint("OCOP-HT-2023-0012", "Cam Khe Mây", "HTX Khe Mây", "Hàng bị dập", "Lan", "0912345678",
				photoKey, photoKey == null ? null : "image/jpeg", NOW);
	}
}
