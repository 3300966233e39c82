package vn.ocop.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doReturn;

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

import vn.ocop.certification.CertificateVerification;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.certification.Verification;
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
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * The inspection module booted alone: its own beans and mocks of the APIs of identity, registry, certification and
 * notification. Its own empty in-memory database and no demo data: the plan, the producer and the accounts are the
 * test's. A warning sanction is followed through without the certification module (only downgrades and
 * revocations call it).
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:inspection-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class InspectionModuleTests {

	static final String DUC_LINH = "18322";

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	RegistryManagement registry;

	@MockitoBean
	ProductLifecycle lifecycle;

	@MockitoBean
	CertificationManagement certification;

	@MockitoBean
	CertificateVerification verification;

	@MockitoBean
	UserManagement users;

	/** Who a username is: here everyone is named by their username (identity is not started). */
	@MockitoBean
	vn.ocop.identity.People people;

	@MockitoBean
	Notifications notifications;

	@Autowired
	InspectionManagement inspections;

	@Autowired
	ComplaintManagement complaints;

	@Autowired
	InspectionPlanning planning;

	@Autowired
	SanctionDecisions sanctions;

	final CurrentUser office = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
	final CurrentUser inspector = new CurrentUser("inspector-1", "Thanh tra 1", Set.of(Role.INSPECTOR), "42");
	final CurrentUser otherInspector = new CurrentUser("inspector-2", "Thanh tra 2", Set.of(Role.INSPECTOR), "42");
	ProducerSummary producer;

	@BeforeEach
	void setUp() {
		org.mockito.Mockito.when(people.name(org.mockito.ArgumentMatchers.any()))
				.thenAnswer(call -> String.valueOf((Object) call.getArgument(0)));
		org.mockito.Mockito.when(people.names(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
			java.util.Map<String, String> names = new java.util.HashMap<>();
			for (Object username : (java.util.Collection<?>) call.getArgument(0)) {
				names.put(String.valueOf(username), String.valueOf(username));
			}
			return names;
		});
		producer = new ProducerSummary(UUID.randomUUID(), "HTX Cam " + UUID.randomUUID().toString().substring(0, 6),
				LegalForm.COOPERATIVE, "4201234567", null, null, null, DUC_LINH, LocalDate.of(2024, 1, 1), null, null,
				7, 12, 5, 0, 2024, false, Set.of("producer-acct"), Instant.parse("2024-01-01T00:00:00Z"));
		doReturn(producer).when(lifecycle).producer(producer.id());
		UserSummary officeAccount = account(office);
		UserSummary inspectorAccount = account(inspector);
		when(users.find("inspector-1")).thenReturn(Optional.of(inspectorAccount));
		when(users.find("office")).thenReturn(Optional.of(officeAccount));
		when(users.all()).thenReturn(List.of(officeAccount, inspectorAccount));
	}

	@Test
	void shouldApproveAPlanAndOpenAPlannedInspectionFromItsLine() {
		signIn(office);
		int year = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		InspectionPlanView plan = planning.createPlan(new NewPlan(year, "Kế hoạch kiểm tra " + year, "Sở NN", null,
				null));
		assertThatThrownBy(() -> planning.createPlan(new NewPlan(year, "Lần hai", null, null, null)))
				.isInstanceOf(BusinessRuleException.class);
		plan = planning.addPlanItem(plan.id(), new NewPlanItem(producer.id(), null, 6, null));
		UUID item = plan.items().get(0).id();
		NewInspection fromLine = new NewInspection(item, null, null, null, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), "inspector-1", null);
		// not approved yet: no inspection from its lines
		assertThatThrownBy(() -> inspections.open(fromLine)).isInstanceOf(BusinessRuleException.class);
		plan = planning.submitPlan(plan.id());
		plan = planning.decidePlan(plan.id(), true, null);
		assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);

		InspectionView opened = inspections.open(fromLine);
		assertThat(opened.kind()).isEqualTo(InspectionKind.PLANNED);
		assertThat(opened.producerName()).isEqualTo(producer.name());
		assertThat(planning.plan(plan.id()).items().get(0).inspectionId()).isEqualTo(opened.id());
		// told after the opening commits, by InspectionNotices
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains("inspector-1")
				&& n.topic().equals("monitoring.inspection-assigned")));
	}

	@Test
	void shouldLetOnlyTheAssignedInspectorOrTheOfficeRecordTheInspection() {
		signIn(office);
		InspectionView opened = unplanned();
		signIn(otherInspector);
		assertThatThrownBy(() -> inspections.addFinding(opened.id(), new NewFinding(null, "Nhãn sai", null, null)))
				.isInstanceOf(AccessDeniedException.class);
		signIn(inspector);
		FindingView finding = inspections.addFinding(opened.id(), new NewFinding(ChecklistItem.values()[0],
				"Nhãn thiếu hạn sử dụng", Sanction.NONE, null));
		assertThat(finding.sanction()).isEqualTo(Sanction.NONE);
	}

	@Test
	void shouldTellTheOfficeOfAProposedSanctionAndTheProducerOfTheDecision(Scenario scenario) {
		signIn(office);
		InspectionView opened = unplanned();
		signIn(inspector);
		FindingView finding = inspections.addFinding(opened.id(),
				new NewFinding(null, "Không duy trì điều kiện sản xuất", Sanction.WARNING, null));

		scenario.stimulate(() -> inspections.conclude(opened.id(), "Cảnh cáo cơ sở", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
				.andWaitForEventOfType(InspectionConcluded.class)
				.matchingMappedValue(InspectionConcluded::inspectionId, opened.id())
				.toArriveAndVerify(event -> assertThat(event.sanctionsProposed()).isEqualTo(1));
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains("office")
				&& n.topic().equals("monitoring.sanction-proposed")));

		signIn(office);
		scenario.stimulate(() -> sanctions.decide(finding.id(),
				new SanctionDecision(true, "12/QĐ-VP", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), null, null, "Cảnh cáo")))
				.andWaitForEventOfType(SanctionDecided.class)
				.matchingMappedValue(SanctionDecided::findingId, finding.id())
				.toArriveAndVerify(event -> assertThat(event.followed()).isTrue());
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains("producer-acct")
				&& n.recipients().contains("inspector-1") && n.topic().equals("monitoring.sanction-decided")));
	}

	@Test
	void shouldTellTheOfficeOfAComplaintOnceItIsRecorded(Scenario scenario) {
		Verification certificate = mock(Verification.class);
		when(certificate.code()).thenReturn("42-2024-0099");
		when(certificate.productName()).thenReturn("Cam chanh Vũ Quang");
		when(certificate.producerName()).thenReturn(producer.name());
		when(verification.verify("42-2024-0099")).thenReturn(Optional.of(certificate));

		scenario.stimulate(() -> complaints.submit(new NewComplaint("42-2024-0099",
				"Cam bị dập và mốc sau hai ngày mua", "Khách hàng", null, null, "10.0.0.9")))
				.andWaitForEventOfType(ComplaintReceived.class)
				.matchingMappedValue(ComplaintReceived::certificateCode, "42-2024-0099")
				.toArriveAndVerify((event, complaint) -> {
					assertThat(event.complaintId()).isEqualTo(complaint.id());
					assertThat(event.productName()).isEqualTo("Cam chanh Vũ Quang");
				});
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains("office")
				&& n.topic().equals("monitoring.complaint-received")));
	}

	@Test
	void shouldRefuseADowngradeOfAnInspectionWithoutCertificate() {
		signIn(office);
		InspectionView opened = unplanned();
		assertThatThrownBy(() -> inspections.addFinding(opened.id(),
				new NewFinding(null, "Sai sao", Sanction.DOWNGRADE, 1))).isInstanceOf(BusinessRuleException.class);
	}

	private InspectionView unplanned() {
		return inspections.open(new NewInspection(null, producer.id(), null, null, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), "inspector-1", null));
	}

	private static UserSummary account(CurrentUser user) {
		return new UserSummary(UUID.randomUUID(), user.username(), user.displayName(), null, user.roles(),
				user.unitCode(), true, false, null);
	}

	/** The signed-in user as identity's {@link AccessScope} answers for them (their area covers the test's commune). */
	private void signIn(CurrentUser user) {
		when(scope.requireCurrentUser()).thenReturn(user);
		when(scope.currentUser()).thenReturn(Optional.of(user));
		when(scope.covers(any(CurrentUser.class), any(String.class), any(LocalDate.class))).thenReturn(true);
		when(scope.covers(any(CurrentUser.class), any(UnitAt.class))).thenReturn(true);
		// doAnswer: re-stubbing with when(...) would call the previous user's answer, which may throw
		org.mockito.Mockito.doAnswer(call -> {
			if (!user.isOffice()) {
				throw new org.springframework.security.access.AccessDeniedException("Only the provincial office");
			}
			return user;
		}).when(scope).requireOffice();
		org.mockito.Mockito.doAnswer(call -> (java.util.function.Predicate<UnitAt>) unit -> true)
				.when(scope).coverage(any(CurrentUser.class));
	}
}
