package vn.ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.UnitAt;

/** The year's inspection plan: drafted, submitted, approved or returned; locked once submitted. */
class InspectionPlanTests {

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	final InspectionPlan plan = new InspectionPlan(2026, "  Kế hoạch kiểm tra 2026 ", " ", Set.of(), null, NOW,
			"office");

	static PlanItem.Subject subject(String producer) {
		return new PlanItem.Subject(UUID.randomUUID(), producer, null, null, new UnitAt("18322", LocalDate.of(2025, 7, 1)));
	}

	@Test
	void shouldStartAsADraftWithTheWholeChecklistWhenNoneIsChosen() {
		var view = plan.toView(Map.of());
		assertThat(view.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(view.title()).isEqualTo("Kế hoạch kiểm tra 2026");
		assertThat(view.agencies()).isNull();
		assertThat(view.checklist()).isEqualTo(EnumSet.allOf(ChecklistItem.class));
	}

	@Test
	void shouldKeepItsLinesInOrderAndRenumberThemWhenOneIsRemoved() {
		var first = plan.add(subject("HTX A"), 3, null);
		plan.add(subject("HTX B"), 5, "Sở Y tế");
		plan.add(subject("HTX C"), 7, null);
		plan.remove(first.getId());
		assertThat(plan.toView(Map.of()).items()).extracting(PlanItemView::producerName).containsExactly("HTX B",
				"HTX C");
	}

	@Test
	void shouldRefuseAMonthOutsideTheYear() {
		assertThatThrownBy(() -> plan.add(subject("HTX A"), 13, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> plan.add(subject("HTX A"), 0, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldNotSubmitAnEmptyPlan() {
		assertThatThrownBy(() -> plan.submit(NOW, "office")).isInstanceOf(IllegalStateException.class);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void shouldBeLockedOnceSubmittedAndApprovedOnlyThen() {
		plan.add(subject("HTX A"), 3, null);
		assertThatThrownBy(() -> plan.approve(null, NOW, "office")).isInstanceOf(IllegalStateException.class);
		plan.submit(NOW, "office");
		assertThatThrownBy(() -> plan.add(subject("HTX B"), 4, null)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> plan.describe("Khác", null, Set.of(), null)).isInstanceOf(IllegalStateException.class);
		plan.approve("Đồng ý", NOW, "director");
		var view = plan.toView(Map.of());
		assertThat(view.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(view.decidedBy()).isEqualTo("director");
		assertThat(view.decisionNote()).isEqualTo("Đồng ý");
		assertThatThrownBy(() -> plan.sendBack("Muộn", NOW, "director")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shouldBeEditableAgainWhenSentBack() {
		plan.add(subject("HTX A"), 3, null);
		plan.submit(NOW, "office");
		plan.sendBack(" Thiếu cơ sở ở xã Mai Hoa ", NOW, "director");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.RETURNED);
		assertThat(plan.toView(Map.of()).decisionNote()).isEqualTo("Thiếu cơ sở ở xã Mai Hoa");
		plan.describe("Kế hoạch kiểm tra 2026 (sửa)", "Sở NN", EnumSet.of(ChecklistItem.LABOUR), null);
		plan.add(subject("HTX Mai Hoa"), 9, null);
		plan.submit(NOW, "office");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(plan.checklistItems()).containsExactly(ChecklistItem.LABOUR);
	}

	@Test
	void shouldShowAReaderOnlyTheLinesTheyMaySee() {
		plan.add(subject("HTX A"), 3, null);
		plan.add(subject("HTX B"), 4, null);
		var view = plan.toView(Map.of(), item -> item.subject().producerName().equals("HTX B"));
		assertThat(view.items()).extracting(PlanItemView::producerName).containsExactly("HTX B");
	}
}
