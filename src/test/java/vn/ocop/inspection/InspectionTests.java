package vn.ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.UnitAt;

/**
 * The inspection aggregate: open while the checklist and findings are recorded, locked by its conclusion.
 */
class InspectionTests {

	static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
	static final LocalDate DAY = LocalDate.of(2026, 5, 4);
	static final String LOCKED = "The inspection is concluded and locked";

	UUID producer = UUID.randomUUID();
	UUID product = UUID.randomUUID();

	Inspection inspection = new Inspection(InspectionKind.UNPLANNED, null, null,
			new Inspection.Subject(producer, "HTX Cam Vũ Quang", product, "Cam chanh", "42-2024-0001",
					new UnitAt("18322", LocalDate.of(2025, 7, 1))),
			DAY, "inspector", "  Chi cục QLCL  ", NOW, "admin");

	@Test
	void shouldOpenWithItsSubjectAndNothingRecorded() {
		InspectionView view = inspection.toView(Set.of());

		assertThat(view.status()).isEqualTo(InspectionStatus.OPEN);
		assertThat(view.kind()).isEqualTo(InspectionKind.UNPLANNED);
		assertThat(view.producerId()).isEqualTo(producer);
		assertThat(view.productId()).isEqualTo(product);
		assertThat(view.certificateCode()).isEqualTo("42-2024-0001");
		assertThat(view.scheduledOn()).isEqualTo(DAY);
		assertThat(view.inspector()).isEqualTo("inspector");
		assertThat(view.agencies()).isEqualTo("Chi cục QLCL");
		assertThat(view.createdBy()).isEqualTo("admin");
		assertThat(view.createdAt()).isEqualTo(NOW);
		assertThat(view.inspectedOn()).isNull();
		assertThat(view.conclusion()).isNull();
		assertThat(view.concludedBy()).isNull();
		assertThat(view.concludedAt()).isNull();
		assertThat(view.checklist()).isEmpty();
		assertThat(view.findings()).isEmpty();
		assertThat(view.hasPendingSanction()).isFalse();
	}

	@Test
	void shouldKeepNoBlankAgencies() {
		var other = new Inspection(InspectionKind.PLANNED, UUID.randomUUID(), null,
				new Inspection.Subject(producer, "HTX", null, null, null, new UnitAt("18322", LocalDate.of(2025, 7, 1))), DAY,
				"inspector", "   ", NOW, "admin");

		assertThat(other.toView(Set.of()).agencies()).isNull();
	}

	@Test
	void shouldRecordChecksOncePerItemTheLatestWinning() {
		inspection.record(List.of(new Inspection.Check(ChecklistItem.OPERATIONS, CheckResult.PASS, "đầu tiên")));
		inspection.record(List.of(new Inspection.Check(ChecklistItem.OPERATIONS, CheckResult.FAIL, null),
				new Inspection.Check(ChecklistItem.RAW_MATERIALS, CheckResult.PASS, "thứ hai")));

		assertThat(inspection.toView(Set.of()).checklist()).containsExactly(
				new CheckView(ChecklistItem.OPERATIONS, CheckResult.FAIL, null),
				new CheckView(ChecklistItem.RAW_MATERIALS, CheckResult.PASS, "thứ hai"));
	}

	@Test
	void shouldListThePlannedChecklistItemsStillWithoutAnOutcome() {
		inspection.record(List.of(new Inspection.Check(ChecklistItem.RAW_MATERIALS, CheckResult.PASS, null)));

		assertThat(inspection.toView(Set.of(ChecklistItem.OPERATIONS)).checklist()).containsExactly(
				new CheckView(ChecklistItem.OPERATIONS, null, null),
				new CheckView(ChecklistItem.RAW_MATERIALS, CheckResult.PASS, null));
	}

	@Test
	void shouldAddFindingsInOrderWithTheirPhotos() {
		Finding first = inspection.find(null, "Nhãn thiếu hạn sử dụng", Sanction.WARNING, null, NOW, "inspector");
		Finding second = inspection.find(ChecklistItem.OPERATIONS, "Không đạt", Sanction.DOWNGRADE, 1, NOW, "inspector");
		inspection.addPhoto(second.getId(), "photos/1.jpg");

		InspectionView view = inspection.toView(Set.of());
		assertThat(view.findings()).extracting(FindingView::id).containsExactly(first.getId(), second.getId());
		assertThat(view.findings().get(1).photos()).containsExactly(
				"/api/v1/inspections/" + view.id() + "/findings/" + second.getId() + "/photos/0");
		assertThat(view.hasPendingSanction()).isTrue();
		assertThat(inspection.finding(first.getId())).containsSame(first);
		assertThat(inspection.finding(UUID.randomUUID())).isEmpty();
	}

	@Test
	void shouldRefuseAPhotoForAnUnknownFinding() {
		assertThatThrownBy(() -> inspection.addPhoto(UUID.randomUUID(), "photos/1.jpg"))
				.isInstanceOf(NoSuchElementException.class);
	}

	@Test
	void shouldConcludeRecordingTheDayTheTextAndWho() {
		inspection.conclude("  Cơ sở đáp ứng tiêu chí.  ", DAY.plusDays(1), NOW.plusSeconds(60), "inspector");

		InspectionView view = inspection.toView(Set.of());
		assertThat(view.status()).isEqualTo(InspectionStatus.CONCLUDED);
		assertThat(view.conclusion()).isEqualTo("Cơ sở đáp ứng tiêu chí.");
		assertThat(view.inspectedOn()).isEqualTo(DAY.plusDays(1));
		assertThat(view.concludedBy()).isEqualTo("inspector");
		assertThat(view.concludedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(inspection.getConcludedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void shouldRefuseABlankConclusionAndStayOpen() {
		assertThatThrownBy(() -> inspection.conclude("  ", DAY, NOW, "inspector"))
				.isInstanceOf(IllegalArgumentException.class).hasMessage("conclusion");

		assertThat(inspection.getStatus()).isEqualTo(InspectionStatus.OPEN);
		assertThat(inspection.toView(Set.of()).conclusion()).isNull();
	}

	@Test
	void shouldLockEverythingOnceConcluded() {
		Finding finding = inspection.find(null, "Nhãn thiếu hạn sử dụng", Sanction.WARNING, null, NOW, "inspector");
		inspection.conclude("Kết luận", DAY, NOW, "inspector");

		assertThatThrownBy(() -> inspection.record(
				List.of(new Inspection.Check(ChecklistItem.OPERATIONS, CheckResult.PASS, null))))
				.isInstanceOf(IllegalStateException.class).hasMessage(LOCKED);
		assertThatThrownBy(() -> inspection.find(null, "Thêm", Sanction.NONE, null, NOW, "inspector"))
				.isInstanceOf(IllegalStateException.class).hasMessage(LOCKED);
		assertThatThrownBy(() -> inspection.addPhoto(finding.getId(), "photos/2.jpg"))
				.isInstanceOf(IllegalStateException.class).hasMessage(LOCKED);
		assertThatThrownBy(() -> inspection.conclude("Kết luận lại", DAY, NOW, "admin"))
				.isInstanceOf(IllegalStateException.class).hasMessage(LOCKED);

		InspectionView view = inspection.toView(Set.of());
		assertThat(view.checklist()).isEmpty();
		assertThat(view.findings()).singleElement().satisfies(f -> assertThat(f.photos()).isEmpty());
		assertThat(view.conclusion()).isEqualTo("Kết luận");
		assertThat(view.concludedBy()).isEqualTo("inspector");
	}

	@Test
	void shouldLetTheOfficeDecideAFindingOfAConcludedInspection() {
		Finding finding = inspection.find(null, "Không đạt", Sanction.REVOCATION, null, NOW, "inspector");
		inspection.conclude("Kết luận", DAY, NOW, "inspector");

		finding.decide("12/QĐ-UBND", DAY, null, NOW, "admin");

		assertThat(inspection.toView(Set.of()).findings()).singleElement()
				.satisfies(f -> assertThat(f.sanctionStatus()).isEqualTo(SanctionStatus.DECIDED));
		assertThat(inspection.toView(Set.of()).hasPendingSanction()).isFalse();
	}
}
