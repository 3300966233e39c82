package vn.ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A finding proposes a sanction that the office decides or dismisses once; a downgrade says by how many stars.
 */
class FindingTests {

	static final Instant NOW = Instant.parse("2026-05-04T02:00:00Z");
	static final LocalDate DAY = LocalDate.of(2026, 5, 4);
	static final String NOT_PENDING = "No sanction awaits a decision";
	static final UUID INSPECTION = UUID.randomUUID();

	static Finding finding(Sanction sanction, Integer starsDown) {
		return new Finding(0, ChecklistItem.LABELS_PACKAGING, "  Nhãn thiếu hạn sử dụng  ", sanction, starsDown, NOW,
				"inspector");
	}

	@Test
	void shouldRecordARemarkWithoutAnythingToDecide() {
		Finding remark = finding(Sanction.NONE, null);

		FindingView view = remark.toView(INSPECTION);
		assertThat(view.description()).isEqualTo("Nhãn thiếu hạn sử dụng");
		assertThat(view.item()).isEqualTo(ChecklistItem.LABELS_PACKAGING);
		assertThat(view.sanction()).isEqualTo(Sanction.NONE);
		assertThat(view.sanctionStatus()).isNull();
		assertThat(view.createdBy()).isEqualTo("inspector");
		assertThat(view.createdAt()).isEqualTo(NOW);
		assertThat(remark.isPending()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Sanction.class, names = { "WARNING", "REVOCATION" })
	void shouldProposeASanctionAndForgetStarsOutsideADowngrade(Sanction sanction) {
		Finding proposal = finding(sanction, 2);

		assertThat(proposal.isPending()).isTrue();
		assertThat(proposal.toView(INSPECTION).sanctionStatus()).isEqualTo(SanctionStatus.PROPOSED);
		assertThat(proposal.getStarsDown()).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void shouldProposeADowngradeByOneOrTwoStars(int stars) {
		Finding downgrade = finding(Sanction.DOWNGRADE, stars);

		assertThat(downgrade.getStarsDown()).isEqualTo(stars);
		assertThat(downgrade.isPending()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 3, -1 })
	void shouldRefuseADowngradeOfOtherThanOneOrTwoStars(int stars) {
		assertThatThrownBy(() -> finding(Sanction.DOWNGRADE, stars)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("starsDown");
	}

	@Test
	void shouldRefuseADowngradeWithoutStars() {
		assertThatThrownBy(() -> finding(Sanction.DOWNGRADE, null)).isInstanceOf(IllegalArgumentException.class)
				.hasMessage("starsDown");
	}

	@Test
	void shouldRefuseABlankDescription() {
		assertThatThrownBy(() -> new Finding(0, null, " ", Sanction.WARNING, null, NOW, "inspector"))
				.isInstanceOf(IllegalArgumentException.class).hasMessage("description");
	}

	@Test
	void shouldRecordTheOfficesDecision() {
		Finding proposal = finding(Sanction.REVOCATION, null);

		proposal.decide(" 12/QĐ-UBND ", DAY, " Theo kết luận ", NOW.plusSeconds(60), "admin");

		FindingView view = proposal.toView(INSPECTION);
		assertThat(view.sanctionStatus()).isEqualTo(SanctionStatus.DECIDED);
		assertThat(view.decisionNumber()).isEqualTo("12/QĐ-UBND");
		assertThat(view.decisionDate()).isEqualTo(DAY);
		assertThat(view.decisionNote()).isEqualTo("Theo kết luận");
		assertThat(view.decidedBy()).isEqualTo("admin");
		assertThat(view.decidedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(proposal.isPending()).isFalse();
	}

	@Test
	void shouldKeepNoBlankDecisionNumberOrNote() {
		Finding warning = finding(Sanction.WARNING, null);

		warning.decide("  ", null, "", NOW, "admin");

		FindingView view = warning.toView(INSPECTION);
		assertThat(view.sanctionStatus()).isEqualTo(SanctionStatus.DECIDED);
		assertThat(view.decisionNumber()).isNull();
		assertThat(view.decisionDate()).isNull();
		assertThat(view.decisionNote()).isNull();
	}

	@Test
	void shouldRecordADismissalWithItsReason() {
		Finding proposal = finding(Sanction.DOWNGRADE, 1);

		proposal.dismiss(" Đã khắc phục ", NOW, "admin");

		FindingView view = proposal.toView(INSPECTION);
		assertThat(view.sanctionStatus()).isEqualTo(SanctionStatus.DISMISSED);
		assertThat(view.decisionNote()).isEqualTo("Đã khắc phục");
		assertThat(view.decisionNumber()).isNull();
		assertThat(view.decidedBy()).isEqualTo("admin");
		assertThat(proposal.isPending()).isFalse();
	}

	@Test
	void shouldDecideOnlyOnce() {
		Finding decided = finding(Sanction.WARNING, null);
		decided.decide("1/QĐ", DAY, null, NOW, "admin");
		Finding dismissed = finding(Sanction.WARNING, null);
		dismissed.dismiss("Không cần", NOW, "admin");

		assertThatThrownBy(() -> decided.decide("2/QĐ", DAY, null, NOW, "other"))
				.isInstanceOf(IllegalStateException.class).hasMessage(NOT_PENDING);
		assertThatThrownBy(() -> decided.dismiss("Thôi", NOW, "other"))
				.isInstanceOf(IllegalStateException.class).hasMessage(NOT_PENDING);
		assertThatThrownBy(() -> dismissed.decide("2/QĐ", DAY, null, NOW, "other"))
				.isInstanceOf(IllegalStateException.class).hasMessage(NOT_PENDING);
		assertThatThrownBy(() -> dismissed.dismiss("Thôi", NOW, "other"))
				.isInstanceOf(IllegalStateException.class).hasMessage(NOT_PENDING);

		assertThat(decided.toView(INSPECTION).decisionNumber()).isEqualTo("1/QĐ");
		assertThat(decided.toView(INSPECTION).decidedBy()).isEqualTo("admin");
		assertThat(dismissed.toView(INSPECTION).sanctionStatus()).isEqualTo(SanctionStatus.DISMISSED);
	}

	@Test
	void shouldHaveNothingToDecideForARemark() {
		Finding remark = finding(Sanction.NONE, null);

		assertThatThrownBy(() -> remark.decide("1/QĐ", DAY, null, NOW, "admin"))
				.isInstanceOf(IllegalStateException.class).hasMessage(NOT_PENDING);
		assertThatThrownBy(() -> remark.dismiss("Không", NOW, "admin"))
				.isInstanceOf(IllegalStateException.class).hasMessage(NOT_PENDING);
		assertThat(remark.toView(INSPECTION).sanctionStatus()).isNull();
	}

	@Test
	void shouldLinkItsPhotosInOrder() {
		Finding finding = finding(Sanction.NONE, null);
		finding.addPhoto("a.jpg");
		finding.addPhoto("b.jpg");

		assertThat(finding.getPhotos()).containsExactly("a.jpg", "b.jpg");
		assertThat(finding.toView(INSPECTION).photos()).containsExactly(
				"/api/v1/inspections/" + INSPECTION + "/findings/" + finding.getId() + "/photos/0",
				"/api/v1/inspections/" + INSPECTION + "/findings/" + finding.getId() + "/photos/1");
	}
}
