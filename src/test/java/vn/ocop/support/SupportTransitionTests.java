package vn.ocop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.ocop.registry.LegalForm;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * Support's transitions {@link SupportModelTests} leaves out, without Spring: the final states of a request (not
 * endorsed, refused) and what each step writes on the timeline; an IP application refused, withdrawn, granted with
 * an explicit expiry and renewed only while in force; a budget line's check that commits nothing; a commitment's
 * refused payments; an item's normalised details and what makes them valid.
 */
class SupportTransitionTests {

	static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

	// ---------------------------------------------------------------- support requests

	@Test
	void shouldEndARequestTheCommuneDoesNotEndorseAndRefuseEveryLaterStep() {
		var request = request();
		request.check(false, "  Sản phẩm chưa có mã số  ", NOW, "commune");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.NOT_ENDORSED);
		var view = request.toView(item());
		assertThat(view.checkNote()).isEqualTo("Sản phẩm chưa có mã số");
		assertThat(view.checkedBy()).isEqualTo("commune");

		var again = catchThrowableOfType(BusinessRuleException.class, () -> request.check(true, null, NOW, "district"));
		assertThat(again.messageCode()).isEqualTo("support.request.transition");
		assertThat(again.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
		assertThat(again.arguments()).containsExactly("HT-2025-0001", "NOT_ENDORSED", "CHECKED");
		assertThatThrownBy(() -> request.approve(BigDecimal.ONE, "1/QĐ", TODAY, UUID.randomUUID(), NOW, "office", null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.request.transition");
		assertThat(request.toView(item()).timeline()).hasSize(2);
	}

	@Test
	void shouldKeepARefusalsReasonAndDecisionAndCloseTheRequest() {
		var request = request();
		assertThatThrownBy(() -> request.refuse("Không đủ điều kiện", null, TODAY, NOW, "office"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.request.transition");
		request.check(true, " ", NOW, "district");
		assertThat(request.toView(item()).checkNote()).isNull();

		request.refuse("  Trùng nội dung đã hỗ trợ năm 2024 ", "  ", TODAY, NOW, "office");
		var view = request.toView(item());
		assertThat(view.status()).isEqualTo(RequestStatus.REFUSED);
		assertThat(view.refusalReason()).isEqualTo("Trùng nội dung đã hỗ trợ năm 2024");
		assertThat(view.decisionNumber()).isNull();
		assertThat(view.decidedOn()).isEqualTo(TODAY);
		assertThat(view.approvedAmount()).isNull();
		assertThat(view.status().closed()).isTrue();
		assertThatThrownBy(() -> request.report("Đã in", null, TODAY, NOW, "producer"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.request.transition");
	}

	@Test
	void shouldWriteWhoMovedTheRequestFromWhichStateAndWhyOnEachStep() {
		var line = UUID.randomUUID();
		var request = request();
		request.check(true, "Đúng đối tượng", NOW.plusSeconds(60), "district");
		request.approve(BigDecimal.valueOf(8_000_000), " 15/QĐ-VPĐP ", TODAY, line, NOW.plusSeconds(120), "office",
				"  theo tờ trình 3 ");
		request.disburse(BigDecimal.valueOf(7_500_000), TODAY.plusDays(5), NOW.plusSeconds(180), "treasurer");

		var view = request.toView(item());
		assertThat(view.decisionNumber()).isEqualTo("15/QĐ-VPĐP");
		assertThat(view.budgetLineId()).isEqualTo(line);
		assertThat(view.disbursedAmount()).isEqualByComparingTo("7500000");
		assertThat(view.timeline()).extracting(SupportRequestView.Step::from).containsExactly(null,
				RequestStatus.APPLIED, RequestStatus.CHECKED, RequestStatus.APPROVED);
		assertThat(view.timeline()).extracting(SupportRequestView.Step::to).containsExactly(RequestStatus.APPLIED,
				RequestStatus.CHECKED, RequestStatus.APPROVED, RequestStatus.DISBURSED);
		assertThat(view.timeline()).extracting(SupportRequestView.Step::actor).containsExactly("producer", "district",
				"office", "treasurer");
		assertThat(view.timeline().get(2).note()).isEqualTo("15/QĐ-VPĐP — theo tờ trình 3");
		assertThat(view.timeline().get(3).note()).isEqualTo("7.500.000 ₫ · 2025-03-15");
		assertThat(view.timeline().get(3).at()).isEqualTo(NOW.plusSeconds(180));
	}

	@Test
	void shouldRefuseAReportBeforeThePaymentAndAPaymentOfNothing() {
		var request = request();
		request.check(true, null, NOW, "district");
		request.approve(BigDecimal.valueOf(5_000_000), "2/QĐ", TODAY, UUID.randomUUID(), NOW, "office", null);
		assertThatThrownBy(() -> request.report("Đã in", null, TODAY, NOW, "producer"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.request.transition");

		var nothing = catchThrowableOfType(BusinessRuleException.class,
				() -> request.disburse(BigDecimal.ZERO, TODAY, NOW, "office"));
		assertThat(nothing.messageCode()).isEqualTo("support.disbursement.overApproved");
		assertThat(nothing.arguments()).containsExactly("0", "5.000.000");
		assertThatThrownBy(() -> request.disburse(BigDecimal.valueOf(-1), TODAY, NOW, "office"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.disbursement.overApproved");
		assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
		assertThat(request.getDisbursedAmount()).isNull();
		assertThat(request.toView(item()).timeline()).hasSize(3);
	}

	@Test
	void shouldKeepWholeDongsAndAStrippedPurposeFromTheApplication() {
		var request = new SupportRequest("HT-2025-0002", item(), subject(), "  In bao bì  ",
				new BigDecimal("12000000.99"), new BigDecimal("8000000.50"), null, null, TODAY, NOW, "producer");
		assertThat(request.getCostEstimate()).isEqualByComparingTo("12000000");
		assertThat(request.getRequestedAmount()).isEqualByComparingTo("8000000");
		assertThat(request.toView(item()).purpose()).isEqualTo("In bao bì");
		assertThat(request.getAppliedOn()).isEqualTo(TODAY);
	}

	@ParameterizedTest
	@EnumSource(RequestStatus.class)
	void shouldNeverLeadARequestBackNorToItself(RequestStatus status) {
		assertThat(status.next()).doesNotContain(status, RequestStatus.APPLIED);
		var finals = EnumSet.of(RequestStatus.NOT_ENDORSED, RequestStatus.REFUSED, RequestStatus.REPORTED);
		assertThat(status.closed()).isEqualTo(finals.contains(status));
		for (RequestStatus next : status.next()) {
			assertThat(next.next()).doesNotContain(status);
		}
	}

	// ---------------------------------------------------------------- IP registrations

	@Test
	void shouldRefuseAnApplicationOnlyOnceFiledAndKeepTheReason() {
		var mark = ip(IpType.TRADEMARK);
		var early = catchThrowableOfType(BusinessRuleException.class, () -> mark.refuse("Trùng"));
		assertThat(early.messageCode()).isEqualTo("support.ip.transition");
		assertThat(early.arguments()).containsExactly("Nhãn hiệu Vũ Quang", "PREPARING");
		assertThatThrownBy(mark::accept).isInstanceOf(BusinessRuleException.class).hasMessage("support.ip.transition");

		mark.file(" 4-2025-00001 ", LocalDate.of(2025, 1, 2), TODAY);
		assertThat(mark.toView(TODAY).applicationNumber()).isEqualTo("4-2025-00001");
		mark.refuse("  Trùng với nhãn hiệu đã đăng ký ");
		assertThat(mark.getStatus()).isEqualTo(IpStatus.REFUSED);
		assertThat(mark.toView(TODAY).note()).isEqualTo("Trùng với nhãn hiệu đã đăng ký");
		assertThatThrownBy(() -> mark.grant("GCN-1", TODAY, null)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.ip.transition");
		assertThatThrownBy(mark::withdraw).isInstanceOf(BusinessRuleException.class).hasMessage("support.ip.transition");

		var accepted = ip(IpType.INDUSTRIAL_DESIGN);
		accepted.file("3-2025-1", TODAY, TODAY);
		accepted.accept();
		assertThatThrownBy(accepted::accept).isInstanceOf(BusinessRuleException.class);
		accepted.refuse(" ");
		assertThat(accepted.getStatus()).isEqualTo(IpStatus.REFUSED);
		assertThat(accepted.toView(TODAY).note()).isNull();
	}

	@Test
	void shouldRefuseAnIncompleteFilingOrGrantAndAnExpiryNotAfterTheGrant() {
		var mark = ip(IpType.CERTIFICATION_MARK);
		assertThatThrownBy(() -> mark.file(" ", TODAY, TODAY)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.ip.filing.incomplete");
		assertThatThrownBy(() -> mark.file("4-1", null, TODAY)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.ip.filing.incomplete");
		assertThat(mark.getStatus()).isEqualTo(IpStatus.PREPARING);
		mark.file("4-2025-7", LocalDate.of(2025, 1, 15), TODAY);

		assertThatThrownBy(() -> mark.grant(" ", TODAY, null)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.ip.grant.incomplete");
		assertThatThrownBy(() -> mark.grant("GCN-7", TODAY, TODAY)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.ip.grant.expiry");
		assertThatThrownBy(() -> mark.grant("GCN-7", TODAY, TODAY.minusDays(1)))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.ip.grant.expiry");
		assertThat(mark.getStatus()).isEqualTo(IpStatus.FILED);

		mark.grant(" GCN-7 ", TODAY, LocalDate.of(2030, 6, 30));
		var view = mark.toView(TODAY);
		assertThat(view.status()).isEqualTo(IpStatus.GRANTED);
		assertThat(view.certificateNumber()).isEqualTo("GCN-7");
		assertThat(view.grantedOn()).isEqualTo(TODAY);
		assertThat(view.expiresOn()).isEqualTo(LocalDate.of(2030, 6, 30));
		assertThat(mark.toView(LocalDate.of(2030, 6, 30)).status()).isEqualTo(IpStatus.EXPIRED);
		assertThat(mark.getStatus()).isEqualTo(IpStatus.GRANTED);
	}

	@Test
	void shouldRenewOnlyATitleStillInForceAndWithdrawOnlyBeforeTheDecision() {
		var mark = ip(IpType.TRADEMARK);
		mark.file("4-2015-1", LocalDate.of(2015, 3, 1), TODAY);
		mark.grant("GCN-2015", LocalDate.of(2016, 1, 1), null);
		assertThat(mark.effectiveStatus(TODAY)).isEqualTo(IpStatus.EXPIRED);
		var late = catchThrowableOfType(BusinessRuleException.class, () -> mark.renew(LocalDate.of(2035, 3, 1), TODAY));
		assertThat(late.messageCode()).isEqualTo("support.ip.renew.invalid");
		assertThat(late.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);

		var indication = ip(IpType.GEOGRAPHICAL_INDICATION);
		indication.file("6-2024-1", LocalDate.of(2024, 1, 5), TODAY);
		indication.grant("CDĐL-1", TODAY, null);
		assertThatThrownBy(() -> indication.renew(LocalDate.of(2099, 1, 1), TODAY))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.ip.renew.invalid");

		var preparing = ip(IpType.COLLECTIVE_MARK);
		preparing.withdraw();
		assertThat(preparing.getStatus()).isEqualTo(IpStatus.WITHDRAWN);
		var filed = ip(IpType.COLLECTIVE_MARK);
		filed.file("4-2025-9", TODAY, TODAY);
		filed.withdraw();
		assertThat(filed.getStatus()).isEqualTo(IpStatus.WITHDRAWN);
		assertThatThrownBy(filed::accept).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldFileAnApplicationThroughItsDetailsButNeverUnfileIt() {
		var mark = ip(IpType.TRADEMARK);
		var product = mark.getProductId();
		assertThatThrownBy(() -> mark.describe(new IpDetails(product, IpType.TRADEMARK, "Vũ Quang", "HTX", "4-1",
				TODAY.plusDays(1), null), TODAY)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.ip.filing.future");
		assertThat(mark.getStatus()).isEqualTo(IpStatus.PREPARING);

		mark.describe(new IpDetails(product, IpType.COLLECTIVE_MARK, "  Vũ Quang  ", " HTX Vũ Quang ", " 4-2025-3 ",
				TODAY, "  ghi chú "), TODAY);
		assertThat(mark.getStatus()).isEqualTo(IpStatus.FILED);
		assertThat(mark.getType()).isEqualTo(IpType.COLLECTIVE_MARK);
		var view = mark.toView(TODAY);
		assertThat(view.markName()).isEqualTo("Vũ Quang");
		assertThat(view.applicant()).isEqualTo("HTX Vũ Quang");
		assertThat(view.applicationNumber()).isEqualTo("4-2025-3");
		assertThat(view.note()).isEqualTo("ghi chú");

		mark.accept();
		mark.describe(new IpDetails(product, IpType.COLLECTIVE_MARK, "Vũ Quang", "HTX", "4-2025-3", TODAY, null), TODAY);
		assertThat(mark.getStatus()).isEqualTo(IpStatus.ACCEPTED);
		assertThatThrownBy(() -> mark.describe(new IpDetails(product, IpType.COLLECTIVE_MARK, "Vũ Quang", "HTX", null,
				TODAY, null), TODAY)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.ip.filing.incomplete");
	}

	// ---------------------------------------------------------------- budget lines, commitments, items

	@Test
	void shouldCheckABudgetLinesRoomWithoutCommittingAndNameWhatRemains() {
		var line = new BudgetLine(2025, UUID.randomUUID(), 6, "Hỗ trợ thiết kế bao bì", FundingSource.PROVINCIAL,
				BigDecimal.valueOf(10_000_000), "  ", NOW, "office");
		assertThat(line.toView().note()).isNull();
		line.requireRoom(BigDecimal.valueOf(10_000_000));
		assertThat(line.remaining()).isEqualByComparingTo("10000000");

		line.commit(BigDecimal.valueOf(4_000_000));
		var exhausted = catchThrowableOfType(BusinessRuleException.class,
				() -> line.requireRoom(BigDecimal.valueOf(6_000_001)));
		assertThat(exhausted.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
		assertThat(exhausted.messageCode()).isEqualTo("support.budget.exhausted");
		assertThat(exhausted.arguments()).containsExactly(6, "Hỗ trợ thiết kế bao bì", "PROVINCIAL", "6.000.001",
				"6.000.000");
		assertThat(exhausted.properties()).containsEntry("budgetLineId", line.getId());
		assertThat((BigDecimal) exhausted.properties().get("remaining")).isEqualByComparingTo("6000000");

		line.disburse(BigDecimal.valueOf(1_500_000));
		line.disburse(BigDecimal.valueOf(500_000));
		var view = line.toView();
		assertThat(view.committed()).isEqualByComparingTo("4000000");
		assertThat(view.disbursed()).isEqualByComparingTo("2000000");
		assertThat(view.remaining()).isEqualByComparingTo("6000000");
		assertThatThrownBy(() -> new BudgetLine(2025, UUID.randomUUID(), 1, "X", FundingSource.CENTRAL,
				BigDecimal.valueOf(-1), null, NOW, "office")).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.budget.allocated.invalid");
	}

	@Test
	void shouldRefuseACommitmentsPaymentOfNothingAndNameWhatIsLeft() {
		var commitment = new Commitment(UUID.randomUUID(), null, Commitment.Kind.CONTRACT, "Gian hàng hội chợ", "441",
				"1048-01", BigDecimal.valueOf(20_000_000), TODAY, "office");
		commitment.disburse(BigDecimal.valueOf(12_000_000), TODAY);
		var zero = catchThrowableOfType(BusinessRuleException.class, () -> commitment.disburse(BigDecimal.ZERO, TODAY));
		assertThat(zero.messageCode()).isEqualTo("support.disbursement.overCommitted");
		assertThat(zero.arguments()).containsExactly("0", "8.000.000");
		assertThatThrownBy(() -> commitment.disburse(BigDecimal.valueOf(-5), TODAY.plusDays(1)))
				.isInstanceOf(BusinessRuleException.class);
		assertThat(commitment.getDisbursed()).isEqualByComparingTo("12000000");
		assertThat(commitment.getDisbursedOn()).isEqualTo(TODAY);
	}

	@Test
	void shouldNormaliseAnItemAndRequireACeilingOfSomeKind() {
		var item = new SupportItem(new SupportItemDetails("  bao-bi ", " Thiết kế bao bì ", SupportCategory.PACKAGING_DESIGN,
				" NQ 123 ", Set.of(LegalForm.COOPERATIVE, LegalForm.ENTERPRISE), "  ", null, 33, FundingSource.CENTRAL,
				null), NOW, "office");
		var view = item.toView();
		assertThat(view.code()).isEqualTo("BAO-BI");
		assertThat(view.name()).isEqualTo("Thiết kế bao bì");
		assertThat(view.legalBasis()).isEqualTo("NQ 123");
		assertThat(view.eligibilityNote()).isNull();
		assertThat(view.eligibleForms()).containsExactlyInAnyOrder(LegalForm.COOPERATIVE, LegalForm.ENTERPRISE);
		assertThat(item.ceilingFor(BigDecimal.valueOf(1_000_001))).isEqualByComparingTo("330000");
		assertThat(view.active()).isTrue();
		item.activate(false);
		assertThat(item.toView().active()).isFalse();

		var noCeiling = new SupportItemDetails("X", "Y", SupportCategory.OTHER, "NQ", null, null, null, null,
				FundingSource.OTHER, null);
		assertThat(noCeiling.eligibleForms()).isEmpty();
		assertThatThrownBy(noCeiling::requireValid).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.item.ceiling.required");
		var noName = new SupportItemDetails("X", " ", SupportCategory.OTHER, "NQ", Set.of(), null, BigDecimal.TEN, null,
				FundingSource.OTHER, null);
		assertThatThrownBy(noName::requireValid).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.field.required");
		assertThat(new SupportItemDetails(" ab ", "Y", SupportCategory.OTHER, "NQ", Set.of(), null, BigDecimal.TEN,
				null, FundingSource.OTHER, null).requireValid().normalisedCode()).isEqualTo("AB");
	}

	private static SupportRequest request() {
		return new SupportRequest("HT-2025-0001", item(), subject(), "Thiết kế bao bì", BigDecimal.valueOf(12_000_000),
				BigDecimal.valueOf(8_000_000), null, null, TODAY, NOW, "producer");
	}

	private static SupportRequest.Subject subject() {
		return new SupportRequest.Subject(UUID.randomUUID(), "Nước mắm", UUID.randomUUID(), "HTX Đức Lĩnh",
				new UnitAt("18322", TODAY), "441", "1048-01");
	}

	private static SupportItem item() {
		return new SupportItem(new SupportItemDetails("BAO-BI", "Thiết kế bao bì, nhãn mác",
				SupportCategory.PACKAGING_DESIGN, "NQ 123/2019", Set.of(), null, null, 50, FundingSource.PROVINCIAL, 6),
				NOW, "office");
	}

	private static IpRegistration ip(IpType type) {
		return new IpRegistration(new IpDetails(UUID.randomUUID(), type, "Nhãn hiệu Vũ Quang", "HTX", null, null, null),
				"Cam", UUID.randomUUID(), new UnitAt("18322", TODAY), null, TODAY, NOW, "producer");
	}
}
