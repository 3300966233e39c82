package vn.ocop.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doReturn;

import java.math.BigDecimal;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductStatusChanged;
import vn.ocop.registry.RegistryFacts;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * The reporting module booted alone: its own beans, the administrative units of geography (the real Hà Tĩnh
 * structures route the reports), and mocks of the APIs of identity, registry and notification. Its own empty
 * in-memory database and no demo data: every producer here is made by the test.
 */
@ApplicationModuleTest(extraIncludes = "geography")
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:reporting-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false", "ocop.monitoring.reminder-job=false" })
class ReportingModuleTests {

	/** Xã Đức Lĩnh, in huyện Vũ Quang (441) until June 2025. */
	static final String DUC_LINH = "18322";
	static final String VU_QUANG = "441";

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	RegistryManagement registry;

	@MockitoBean
	ProductLifecycle lifecycle;

	@MockitoBean
	RegistryFacts facts;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	Notifications notifications;

	@Autowired
	MonthlyReporting reporting;

	@Autowired
	UnitReporting units;

	@Autowired
	Reporters reporters;

	ProducerSummary producer;
	CurrentUser producerAccount;

	@BeforeEach
	void setUp() {
		String account = "producer-" + UUID.randomUUID().toString().substring(0, 8);
		producer = new ProducerSummary(UUID.randomUUID(), "HTX Cam " + account, LegalForm.COOPERATIVE, "4201234567",
				null, null, null, DUC_LINH, LocalDate.of(2024, 1, 1), null, null, 7, 12, 5, 0, 2024, false,
				Set.of(account), Instant.parse("2024-01-01T00:00:00Z"));
		producerAccount = new CurrentUser(account, account, Set.of(Role.PRODUCER), DUC_LINH);
		doReturn(producer).when(lifecycle).producer(producer.id());
		when(registry.producersManagedBy(account)).thenReturn(List.of(producer));
	}

	@Test
	void shouldPutAProducerOnTheRosterWhenTheRegistrySelectsItsProduct(Scenario scenario) {
		scenario.publish(new ProductStatusChanged(UUID.randomUUID(), producer.id(), 2024, ProductStatus.IDEA_REGISTERED,
				ProductStatus.SELECTED, Instant.now()))
				.andWaitForStateChange(() -> reporters.findById(producer.id()))
				.andVerify(reporter -> assertThat(reporter).hasValueSatisfying(r -> {
					assertThat(r.getProducerName()).isEqualTo(producer.name());
					assertThat(r.getUnitAt().code()).isEqualTo(DUC_LINH);
				}));
	}

	@Test
	void shouldRouteAReportToTheDistrictBeforeJuly2025AndPublishItsSubmission(Scenario scenario) {
		signIn(producerAccount);
		scenario.stimulate(() -> reporting.submit(report("2025-03", 12_500_000L)))
				.andWaitForEventOfType(MonthlyReportSubmitted.class)
				.matchingMappedValue(MonthlyReportSubmitted::producerId, producer.id())
				.toArriveAndVerify((event, view) -> {
					assertThat(event.version()).isEqualTo(1);
					assertThat(event.period()).isEqualTo("2025-03");
					assertThat(view.reportingUnitCode()).isEqualTo(VU_QUANG);
					assertThat(view.revenueVnd()).isEqualTo(12_500_000L);
				});
	}

	@Test
	void shouldRefuseASecondReportForTheSameMonthAndKeepCorrectionsAsVersions() {
		signIn(producerAccount);
		ProducerReportView first = reporting.submit(report("2025-04", 1_000_000L));
		assertThatThrownBy(() -> reporting.submit(report("2025-04", 2_000_000L)))
				.isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> reporting.correct(first.id(), report("2025-04", 2_000_000L), " "))
				.isInstanceOf(BusinessRuleException.class);
		ProducerReportView second = reporting.correct(first.id(), report("2025-04", 2_000_000L), "Sai doanh thu");
		assertThat(second.version()).isEqualTo(2);
		assertThat(reporting.versions(producer.id(), "2025-04")).extracting(ProducerReportView::current)
				.containsExactly(false, true);
	}

	@Test
	void shouldRefuseNegativeFiguresAndMonthsNotYetBegun() {
		signIn(producerAccount);
		assertThatThrownBy(() -> reporting.submit(report("2025-05", -1L))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> reporting.submit(report("2099-01", 1L))).isInstanceOf(BusinessRuleException.class);
	}

	@Test
	void shouldCompileTheDistrictsReportFromItsProducersReports(Scenario scenario) {
		signIn(producerAccount);
		reporting.submit(report("2025-02", 3_000_000L));
		CurrentUser officer = new CurrentUser("district-vq", "Phòng NN Vũ Quang", Set.of(Role.DISTRICT_OFFICER),
				VU_QUANG);
		signIn(officer);
		when(scope.covers(eq(officer), anyString(), any(LocalDate.class))).thenReturn(true);
		when(scope.covers(eq(officer), any(UnitAt.class))).thenReturn(true);

		UnitReportDraft draft = units.draft(VU_QUANG, "2025-02");
		assertThat(draft.revenueVnd()).isGreaterThanOrEqualTo(3_000_000L);
		assertThat(draft.producers()).anyMatch(s -> s.producerId().equals(producer.id()) && s.reported());

		scenario.stimulate(() -> units.submitUnit(new NewUnitReport(VU_QUANG, "2025-02", null, null, null, null)))
				.andWaitForEventOfType(UnitReportSubmitted.class)
				.matchingMappedValue(UnitReportSubmitted::unitCode, VU_QUANG)
				.toArriveAndVerify((event, view) -> {
					assertThat(view.revenueVnd()).isEqualTo(draft.revenueVnd());
					assertThat(view.difficulties()).contains("Thiếu vốn");
				});
	}

	@Test
	void shouldTellTheUnitsOfficersOfAReportThatComesInAfterTheUnitsReport() {
		CurrentUser officer = districtOfficer();
		when(users.usernamesCovering(argThat(u -> u != null && u.code().equals(VU_QUANG)), eq(Role.DISTRICT_OFFICER)))
				.thenReturn(List.of(officer.username()));
		when(users.find(officer.username())).thenReturn(Optional.of(account(officer)));
		units.submitUnit(new NewUnitReport(VU_QUANG, "2025-01", null, null, null, null));

		signIn(producerAccount);
		reporting.submit(report("2025-01", 5_000_000L));
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains(officer.username())
				&& n.topic().equals("monitoring.unit-report-outdated") && n.args().contains(producer.name())));
	}

	@Test
	void shouldTellTheOfficeOfACorrectedUnitReportButNotOfAFirstOne() {
		CurrentUser office = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
		when(users.all()).thenReturn(List.of(account(office)));
		districtOfficer();
		UnitReportView first = units.submitUnit(new NewUnitReport(VU_QUANG, "2024-12", null, null, null, null));
		verify(notifications, after(1_000).never()).send(argThat((Notice n) -> n.topic().startsWith("monitoring.unit-report")));

		units.correctUnit(first.id(), new NewUnitReport(VU_QUANG, "2024-12", null, "Tiêu thụ tốt", null, null),
				"Bổ sung đánh giá");
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains("office")
				&& n.topic().equals("monitoring.unit-report-corrected") && n.args().contains("Bổ sung đánh giá")));
	}

	private CurrentUser districtOfficer() {
		CurrentUser officer = new CurrentUser("district-vq", "Phòng NN Vũ Quang", Set.of(Role.DISTRICT_OFFICER),
				VU_QUANG);
		signIn(officer);
		when(scope.covers(eq(officer), anyString(), any(LocalDate.class))).thenReturn(true);
		when(scope.covers(eq(officer), any(UnitAt.class))).thenReturn(true);
		return officer;
	}

	private static UserSummary account(CurrentUser user) {
		return new UserSummary(UUID.randomUUID(), user.username(), user.displayName(), null, user.roles(),
				user.unitCode(), true, false, null);
	}

	private NewProducerReport report(String period, long revenue) {
		return new NewProducerReport(producer.id(), period, new BigDecimal("120.5"), revenue, 9,
				Set.of(SalesChannel.DIRECT), "Thiếu vốn", null);
	}

	private void signIn(CurrentUser user) {
		when(scope.requireCurrentUser()).thenReturn(user);
	}
}
