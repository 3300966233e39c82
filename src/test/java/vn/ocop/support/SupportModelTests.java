package vn.ocop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.LegalForm;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * Support's aggregates without Spring: a request's steps from application to result, an item's ceiling and who may
 * apply, a budget line that never commits more than it holds, a commitment never paid beyond itself, and an IP
 * registration from preparing to a title in force and its expiry.
 */
class SupportModelTests {

	static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
	static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

	@Test
	void shouldTakeARequestThroughEveryStepOnItsTimeline() {
		var request = request();
		assertThat(request.getStatus()).isEqualTo(RequestStatus.APPLIED);
		request.check(true, null, NOW, "district");
		request.approve(BigDecimal.valueOf(8_000_000), "15/QĐ-VPĐP", TODAY, UUID.randomUUID(), NOW, "office", null);
		request.disburse(BigDecimal.valueOf(8_000_000), TODAY.plusDays(5), NOW, "office");
		request.report("Đã in 2.000 hộp", "HĐ 12", TODAY.plusDays(30), NOW, "producer");

		var view = request.toView(item(null, null));
		assertThat(view.status()).isEqualTo(RequestStatus.REPORTED);
		assertThat(view.timeline()).hasSize(5);
		assertThat(RequestStatus.REPORTED.next()).isEmpty();
	}

	@Test
	void shouldRefuseStepsOutOfOrderAndRefusalsWithoutAReason() {
		var request = request();
		assertThatThrownBy(() -> request.approve(BigDecimal.ONE, "1/QĐ", TODAY, UUID.randomUUID(), NOW, "office", null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.request.transition");
		assertThatThrownBy(() -> request.check(false, " ", NOW, "district"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.request.reason.required");
		request.check(true, null, NOW, "district");
		assertThatThrownBy(() -> request.refuse(" ", null, TODAY, NOW, "office"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.request.reason.required");
		request.refuse("Trùng nội dung đã hỗ trợ", null, TODAY, NOW, "office");
		assertThatThrownBy(() -> request.disburse(BigDecimal.ONE, TODAY, NOW, "office"))
				.isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldNeverPayARequestMoreThanWasApproved() {
		var request = request();
		request.check(true, null, NOW, "district");
		request.approve(BigDecimal.valueOf(5_000_000), "2/QĐ", TODAY, UUID.randomUUID(), NOW, "office", null);
		assertThatThrownBy(() -> request.disburse(BigDecimal.valueOf(5_000_001), TODAY, NOW, "office"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.disbursement.overApproved");
		assertThatThrownBy(() -> request.disburse(BigDecimal.ZERO, TODAY, NOW, "office"))
				.isInstanceOf(BusinessRuleException.class);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
	}

	@Test
	void shouldPayAnItemsLowerCeilingAndLetOnlyItsLegalFormsApply() {
		var both = item(BigDecimal.valueOf(10_000_000), 50);
		assertThat(both.ceilingFor(BigDecimal.valueOf(30_000_000))).isEqualByComparingTo("10000000");
		assertThat(both.ceilingFor(BigDecimal.valueOf(12_000_000))).isEqualByComparingTo("6000000");
		assertThat(item(null, null).ceilingFor(BigDecimal.valueOf(7_000_000))).isEqualByComparingTo("7000000");
		assertThat(both.mayApply(LegalForm.COOPERATIVE)).isTrue();

		var cooperativesOnly = new SupportItem(new SupportItemDetails("tk", "Thiết kế", SupportCategory.PACKAGING_DESIGN,
				"NQ 123", Set.of(LegalForm.COOPERATIVE), null, null, null, FundingSource.PROVINCIAL, 6), NOW, "office");
		assertThat(cooperativesOnly.toView().code()).isEqualTo("TK");
		assertThat(cooperativesOnly.mayApply(LegalForm.COOPERATIVE)).isTrue();
		assertThat(cooperativesOnly.mayApply(LegalForm.HOUSEHOLD_BUSINESS)).isFalse();

		assertThatThrownBy(() -> item(BigDecimal.ZERO, null)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.item.ceiling.invalid");
		assertThatThrownBy(() -> item(null, 101)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.item.share.invalid");
	}

	@Test
	void shouldNeverCommitMoreThanABudgetLineHoldsNorShrinkItBelowItsCommitments() {
		var line = new BudgetLine(2025, UUID.randomUUID(), 6, "Hỗ trợ thiết kế bao bì", FundingSource.PROVINCIAL,
				new BigDecimal("100000000.75"), null, NOW, "office");
		assertThat(line.toView().allocated()).isEqualByComparingTo("100000000");
		line.commit(BigDecimal.valueOf(60_000_000));
		assertThat(line.remaining()).isEqualByComparingTo("40000000");
		assertThatThrownBy(() -> line.commit(BigDecimal.valueOf(40_000_001))).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.budget.exhausted");
		assertThatThrownBy(() -> line.allocate(BigDecimal.valueOf(59_999_999), null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.budget.belowCommitted");
		assertThatThrownBy(() -> line.allocate(BigDecimal.valueOf(-1), null)).isInstanceOf(BusinessRuleException.class);
		line.allocate(BigDecimal.valueOf(60_000_000), "Điều chỉnh");
		assertThat(line.remaining()).isEqualByComparingTo("0");
	}

	@Test
	void shouldNeverPayACommitmentBeyondWhatItCommitted() {
		var commitment = new Commitment(UUID.randomUUID(), null, Commitment.Kind.CONTRACT, "Gian hàng hội chợ", null,
				null, BigDecimal.valueOf(20_000_000), TODAY, "office");
		commitment.disburse(BigDecimal.valueOf(15_000_000), TODAY);
		assertThatThrownBy(() -> commitment.disburse(BigDecimal.valueOf(5_000_001), TODAY.plusDays(1)))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.disbursement.overCommitted");
		commitment.disburse(BigDecimal.valueOf(5_000_000), TODAY.plusDays(2));
		assertThat(commitment.getDisbursed()).isEqualByComparingTo("20000000");
		assertThat(commitment.getDisbursedOn()).isEqualTo(TODAY.plusDays(2));
	}

	@Test
	void shouldGrantAMarkForTenYearsFromFilingAndReadItExpiredAfterwards() {
		var mark = ip(IpType.COLLECTIVE_MARK);
		assertThat(mark.getStatus()).isEqualTo(IpStatus.PREPARING);
		assertThatThrownBy(() -> mark.grant("123", TODAY, null)).isInstanceOf(BusinessRuleException.class)
				.hasMessage("support.ip.transition");
		assertThatThrownBy(() -> mark.file("4-2025-01234", TODAY.plusDays(1), TODAY))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.ip.filing.future");
		mark.file("4-2025-01234", LocalDate.of(2024, 5, 2), TODAY);
		mark.accept();
		assertThatThrownBy(() -> mark.grant("GCN-1", LocalDate.of(2024, 5, 1), null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.ip.grant.beforeFiling");
		mark.grant("GCN-1", TODAY, null);
		assertThat(mark.toView(TODAY).expiresOn()).isEqualTo(LocalDate.of(2034, 5, 2));
		assertThat(mark.effectiveStatus(LocalDate.of(2034, 5, 2))).isEqualTo(IpStatus.EXPIRED);
		assertThatThrownBy(() -> mark.renew(LocalDate.of(2034, 1, 1), TODAY)).isInstanceOf(BusinessRuleException.class);
		mark.renew(LocalDate.of(2044, 5, 2), TODAY);
		assertThat(mark.effectiveStatus(LocalDate.of(2040, 1, 1))).isEqualTo(IpStatus.GRANTED);
		assertThatThrownBy(mark::withdraw).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldNeverExpireAGeographicalIndicationAndKeepAFiledOneFromDetails() {
		var indication = new IpRegistration(new IpDetails(UUID.randomUUID(), IpType.GEOGRAPHICAL_INDICATION,
				"Cam Khe Mây", "UBND tỉnh", "6-2024-0007", LocalDate.of(2024, 1, 5), null), "Cam", UUID.randomUUID(),
				new UnitAt("18322", TODAY), null, TODAY, NOW, "office");
		assertThat(indication.getStatus()).isEqualTo(IpStatus.FILED);
		indication.grant("CDĐL-00099", TODAY, null);
		assertThat(indication.toView(TODAY).expiresOn()).isNull();
		assertThat(indication.effectiveStatus(LocalDate.of(2099, 1, 1))).isEqualTo(IpStatus.GRANTED);
		assertThatThrownBy(() -> new IpRegistration(new IpDetails(UUID.randomUUID(), IpType.TRADEMARK, "X", "Y",
				"4-2025-1", null, null), "P", UUID.randomUUID(), new UnitAt("18322", TODAY), null, TODAY, NOW, "office"))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.ip.filing.incomplete");
		var withdrawn = ip(IpType.TRADEMARK);
		withdrawn.withdraw();
		assertThatThrownBy(() -> withdrawn.file("4-1", TODAY, TODAY)).isInstanceOf(BusinessRuleException.class);
	}

	private static SupportRequest request() {
		return new SupportRequest("HT-2025-0001", item(null, null),
				new SupportRequest.Subject(UUID.randomUUID(), "Nước mắm", UUID.randomUUID(), "HTX Đức Lĩnh",
						new UnitAt("18322", TODAY), "441", "1048-01"),
				"Thiết kế bao bì", BigDecimal.valueOf(12_000_000), BigDecimal.valueOf(8_000_000), null, null, TODAY, NOW,
				"producer");
	}

	private static SupportItem item(BigDecimal ceiling, Integer share) {
		return new SupportItem(new SupportItemDetails("BAO-BI", "Thiết kế bao bì, nhãn mác",
				SupportCategory.PACKAGING_DESIGN, "NQ 123/2019", Set.of(), null, ceiling, share, FundingSource.PROVINCIAL,
				6), NOW, "office");
	}

	private static IpRegistration ip(IpType type) {
		return new IpRegistration(new IpDetails(UUID.randomUUID(), type, "Nhãn hiệu tập thể Vũ Quang", "HTX", null, null,
				null), "Cam", UUID.randomUUID(), new UnitAt("18322", TODAY), null, TODAY, NOW, "producer");
	}
}
