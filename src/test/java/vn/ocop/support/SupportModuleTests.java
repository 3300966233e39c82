package vn.ocop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.planning.ActivityView;
import vn.ocop.planning.PlanManagement;
import vn.ocop.planning.PlanView;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ReportFollowUps;
import vn.ocop.geography.UnitAt;

/**
 * The support module booted alone: its own beans, the administrative units of geography (who checks a request
 * depends on the structure in force), and mocks of identity, registry, planning, criteria and notification. Its own
 * empty in-memory database and no demo data: the items, lines, products and accounts are the test's.
 */
@ApplicationModuleTest(extraIncludes = "geography")
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:support-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class SupportModuleTests {

	/** Xã Đức Lĩnh, recorded in 2024 (in huyện Vũ Quang); Hà Tĩnh has no districts from July 2025. */
	static final String DUC_LINH = "18322";

	static final ActivityView ACTIVITY = new ActivityView(UUID.randomUUID(), 6, "Hỗ trợ thiết kế bao bì", List.of());

	static final CurrentUser OFFICE = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
	static final CurrentUser COMMUNE = new CurrentUser("commune-dl", "UBND xã Đức Lĩnh", Set.of(Role.COMMUNE_OFFICER),
			DUC_LINH);

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	ProductLifecycle products;

	@MockitoBean
	RegistryManagement registry;

	@MockitoBean
	PlanManagement plans;

	@MockitoBean
	CriteriaApi criteria;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	Notifications notifications;

	@Autowired
	SupportManagement support;

	@Autowired
	SupportCatalogue catalogue;

	@Autowired
	BudgetManagement budgets;

	@Autowired
	List<ReportFollowUps> followUps;

	@Autowired
	Clock clock;

	int year;
	CurrentUser producerAccount;
	ProducerSummary producer;
	ProductSummary product;

	@BeforeEach
	void setUp() {
		year = LocalDate.now(clock).getYear();
		String account = "producer-" + UUID.randomUUID().toString().substring(0, 8);
		producerAccount = new CurrentUser(account, account, Set.of(Role.PRODUCER), DUC_LINH);
		producer = producer(account, LegalForm.COOPERATIVE);
		product = product(producer);
		when(products.summary(product.id())).thenReturn(product);
		when(products.producer(producer.id())).thenReturn(producer);
		when(products.isManagedBy(product.id(), account)).thenReturn(true);
		when(scope.covers(eq(COMMUNE), eq(DUC_LINH), any(LocalDate.class))).thenReturn(true);
		when(scope.covers(eq(COMMUNE), argThat((UnitAt unit) -> unit != null && DUC_LINH.equals(unit.code()))))
				.thenReturn(true);
		when(registry.producersManagedBy(account)).thenReturn(List.of(producer));
		// one activity of the year's plan for every test: its budget lines are shared (one per source)
		when(plans.plan(anyInt())).thenReturn(new PlanView(UUID.randomUUID(), year, "Kế hoạch", null, List.of(),
				List.of(ACTIVITY)));
	}

	private static int anyInt() {
		return org.mockito.ArgumentMatchers.anyInt();
	}

	@Test
	void shouldTakeARequestFromApplicationToPaymentCommittingItsBudgetLine() {
		signIn(OFFICE);
		var item = item("BB-" + UUID.randomUUID().toString().substring(0, 4), Set.of());
		var line = budgets.allocate(year, 6, FundingSource.PROVINCIAL, BigDecimal.valueOf(50_000_000), null);

		signIn(producerAccount);
		var request = support.apply(application(item, 12_000_000, 8_000_000, null), null);
		assertThat(request.status()).isEqualTo(RequestStatus.APPLIED);

		// the commune checks: Hà Tĩnh has had no districts since July 2025
		signIn(COMMUNE);
		assertThat(support.check(request.id(), true, null).status()).isEqualTo(RequestStatus.CHECKED);

		signIn(OFFICE);
		var approved = support.approve(request.id(), null, "15/QĐ-VPĐP", null, null, null);
		assertThat(approved.budgetLineId()).isEqualTo(line.id());
		assertThat(line(line.id()).committed()).isEqualByComparingTo(line.committed().add(BigDecimal.valueOf(8_000_000)));
		support.disburse(request.id(), BigDecimal.valueOf(8_000_000), null);
		assertThat(line(line.id()).disbursed()).isEqualByComparingTo(line.disbursed().add(BigDecimal.valueOf(8_000_000)));

		signIn(producerAccount);
		assertThat(support.report(request.id(), "Đã in 2.000 hộp", null, null).status()).isEqualTo(RequestStatus.REPORTED);
		// each step is told to the producer once it has committed
		for (String step : List.of("APPLIED", "CHECKED", "APPROVED", "DISBURSED", "REPORTED")) {
			verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients()
					.contains(producerAccount.username()) && n.messageCode().equals("support.notice." + step)
					&& ("/support/requests/" + request.id()).equals(n.link())));
		}
	}

	@Test
	void shouldPublishEachStepOfARequest(Scenario scenario) {
		signIn(OFFICE);
		var item = item("EV-" + UUID.randomUUID().toString().substring(0, 4), Set.of());
		budgets.allocate(year, 6, FundingSource.PROVINCIAL, BigDecimal.valueOf(50_000_000), null);
		signIn(producerAccount);
		var request = support.apply(application(item, 2_000_000, 1_000_000, null), null);
		signIn(COMMUNE);
		scenario.stimulate(() -> support.check(request.id(), false, "Chưa đủ hồ sơ"))
				.andWaitForEventOfType(SupportRequestMoved.class)
				.matching(moved -> moved.requestId().equals(request.id()) && moved.status() != RequestStatus.APPLIED)
				.toArriveAndVerify(moved -> {
					assertThat(moved.status()).isEqualTo(RequestStatus.NOT_ENDORSED);
					assertThat(moved.producerId()).isEqualTo(producer.id());
					assertThat(moved.itemName()).isEqualTo(item.name());
				});
	}

	@Test
	void shouldRefuseARequestOverTheCeilingOrWhatTheLineHasLeftAndWriteNothing() {
		signIn(OFFICE);
		var item = item("TK-" + UUID.randomUUID().toString().substring(0, 4), Set.of());
		budgets.allocate(year, 6, FundingSource.CENTRAL, BigDecimal.valueOf(1_000_000), null);
		var central = catalogue.createItem(new SupportItemDetails("TW-" + UUID.randomUUID().toString().substring(0, 4),
				"Hỗ trợ trung ương", SupportCategory.CONSULTANCY, "QĐ 919", Set.of(), null, BigDecimal.valueOf(5_000_000),
				null, FundingSource.CENTRAL, 6));

		signIn(producerAccount);
		int before = support.requests(null).size();
		// over the item's ceiling of 10 million
		assertThatThrownBy(() -> support.apply(application(item, 40_000_000, 12_000_000, null), null))
				.isInstanceOf(BusinessRuleException.class);
		// over what the central line has left (1 million)
		assertThatThrownBy(() -> support.apply(application(central, 4_000_000, 2_000_000, null), null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.budget.exhausted");
		assertThat(support.requests(null)).hasSize(before);
	}

	@Test
	void shouldLetOnlyTheLegalFormsAnItemNamesApplyAndOnlyTheOfficeDecide() {
		signIn(OFFICE);
		var households = item("HKD-" + UUID.randomUUID().toString().substring(0, 4), Set.of(LegalForm.HOUSEHOLD_BUSINESS));
		var anyone = item("ALL-" + UUID.randomUUID().toString().substring(0, 4), Set.of());
		budgets.allocate(year, 6, FundingSource.PROVINCIAL, BigDecimal.valueOf(50_000_000), null);

		signIn(producerAccount);
		assertThatThrownBy(() -> support.apply(application(households, 2_000_000, 1_000_000, null), null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.request.notEligible");
		var request = support.apply(application(anyone, 2_000_000, 1_000_000, null), null);
		assertThatThrownBy(() -> support.check(request.id(), true, null)).isInstanceOf(AccessDeniedException.class);
		signIn(COMMUNE);
		support.check(request.id(), true, null);
		assertThatThrownBy(() -> support.approve(request.id(), null, "1/QĐ", null, null, null))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldShowARequestFromAMonthlyReportAmongTheReportsFollowUps() {
		UUID report = UUID.randomUUID();
		signIn(OFFICE);
		var item = item("MR-" + UUID.randomUUID().toString().substring(0, 4), Set.of());
		budgets.allocate(year, 6, FundingSource.PROVINCIAL, BigDecimal.valueOf(50_000_000), null);
		signIn(producerAccount);
		var request = support.apply(application(item, 3_000_000, 2_000_000, report), "2026-10");

		var answers = followUps.stream().flatMap(f -> f.followUpsOf(report).stream()).toList();
		assertThat(answers).singleElement().satisfies(a -> {
			assertThat(a.link()).isEqualTo("/support/requests/" + request.id());
			assertThat(a.statusCode()).isEqualTo("support.status.APPLIED");
		});
	}

	@Test
	void shouldCommitAContractOnALineAndAddUpTheRollUpToTheLines() {
		signIn(OFFICE);
		var line = budgets.allocate(year, 6, FundingSource.DISTRICT_COMMUNE, BigDecimal.valueOf(30_000_000), null);
		var contract = budgets.contract(line.id(), "Gian hàng hội chợ", BigDecimal.valueOf(20_000_000), null, null, null);
		assertThatThrownBy(() -> budgets.contract(line.id(), "Quá mức", BigDecimal.valueOf(10_000_001), null, null, null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.budget.exhausted");
		assertThatThrownBy(() -> budgets.reallocate(line.id(), BigDecimal.valueOf(19_000_000), null))
				.isInstanceOf(BusinessRuleException.class).hasMessage("support.budget.belowCommitted");
		budgets.payContract(contract.id(), BigDecimal.valueOf(5_000_000), null);

		var rollup = budgets.rollup(year);
		var committed = rollup.lines().stream().map(l -> l.committed()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(rollup.bySource().stream().map(r -> r.committed()).reduce(BigDecimal.ZERO, BigDecimal::add))
				.isEqualByComparingTo(committed);
		assertThat(rollup.byActivity().stream().map(r -> r.committed()).reduce(BigDecimal.ZERO, BigDecimal::add))
				.isEqualByComparingTo(committed);
		assertThat(rollup.commitments()).anySatisfy(c -> {
			assertThat(c.id()).isEqualTo(contract.id());
			assertThat(c.disbursed()).isEqualByComparingTo("5000000");
		});
	}

	private BudgetLineView line(UUID id) {
		return budgets.lines(year).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
	}

	private SupportItemView item(String code, Set<LegalForm> forms) {
		return catalogue.createItem(new SupportItemDetails(code, "Thiết kế bao bì " + code, SupportCategory.PACKAGING_DESIGN,
				"NQ 123/2019", forms, null, BigDecimal.valueOf(10_000_000), 70, FundingSource.PROVINCIAL, 6));
	}

	private SupportApplication application(SupportItemView item, long cost, long requested, UUID report) {
		return new SupportApplication(item.id(), product.id(), "Thiết kế lại bao bì", BigDecimal.valueOf(cost),
				BigDecimal.valueOf(requested), report);
	}

	private static ProducerSummary producer(String account, LegalForm form) {
		return new ProducerSummary(UUID.randomUUID(), "HTX " + account, form, "4201234567", null, null, null, DUC_LINH,
				LocalDate.of(2024, 1, 1), null, null, 7, 12, 5, 0, 2024, false, Set.of(account),
				Instant.parse("2024-01-01T00:00:00Z"));
	}

	private static ProductSummary product(ProducerSummary producer) {
		return new ProductSummary(UUID.randomUUID(), "Nước mắm Đức Lĩnh", producer.id(), producer.name(), 2024, "1048",
				"1048-01", DUC_LINH, LocalDate.of(2024, 1, 1), RegistrationType.EXISTING_PRODUCT, null, null, null, null,
				null, null, null, null, ProductStatus.CERTIFIED, 3, Instant.now(), Instant.now(), null, null, false);
	}

	private void signIn(CurrentUser user) {
		when(scope.requireCurrentUser()).thenReturn(user);
		when(scope.currentUser()).thenReturn(Optional.of(user));
	}
}
