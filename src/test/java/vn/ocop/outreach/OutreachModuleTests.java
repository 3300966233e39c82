package vn.ocop.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.portal.PortalHighlights;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;

/**
 * The outreach module booted alone: its own beans and mocks of the APIs of identity, registry and geography. Its
 * own empty in-memory database and no demo data: every course, sales point, pilot model and event is the test's.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:outreach-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class OutreachModuleTests {

	/** Xã Đức Lĩnh (Vũ Quang) and xã Hương Trà (Hương Khê). */
	static final String DUC_LINH = "18322";
	static final String HUONG_TRA = "18214";

	static final CurrentUser OFFICE = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
	static final CurrentUser VU_QUANG = new CurrentUser("district-vq", "Phòng NN Vũ Quang",
			Set.of(Role.DISTRICT_OFFICER), "441");

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	UserManagement users;

	@MockitoBean
	ProductLifecycle products;

	@MockitoBean
	RegistryManagement registry;

	@MockitoBean
	GeographyApi geography;

	@Autowired
	TrainingManagement trainings;

	@Autowired
	OutletManagement outlets;

	@Autowired
	PilotManagement pilots;

	@Autowired
	EventManagement events;

	@Autowired
	OutreachApi api;

	@Autowired
	OutreachFacts facts;

	@Autowired
	PortalHighlights highlights;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeEach
	void setUp() {
		today = LocalDate.now(clock);
		// the district officer's area is Vũ Quang
		when(scope.covers(eq(VU_QUANG), eq(DUC_LINH), any(LocalDate.class))).thenReturn(true);
	}

	@Test
	void shouldKeepADistrictOfficerToTheirOwnArea() {
		signIn(VU_QUANG);
		var course = trainings.create(course("Tập huấn bộ tiêu chí", DUC_LINH, today.plusDays(5)));
		assertThat(course.communeCode()).isEqualTo(DUC_LINH);
		assertThatThrownBy(() -> trainings.create(course("Ngoài địa bàn", HUONG_TRA, today.plusDays(5))))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> outlets.create(outlet("Điểm Hương Trà", HUONG_TRA, List.of())))
				.isInstanceOf(AccessDeniedException.class);
		// district pilot models in their area; provincial ones are the office's
		assertThat(pilots.create(pilot(PilotLevel.DISTRICT, DUC_LINH)).level()).isEqualTo(PilotLevel.DISTRICT);
		assertThatThrownBy(() -> pilots.create(pilot(PilotLevel.PROVINCIAL, DUC_LINH)))
				.isInstanceOf(AccessDeniedException.class);
		// and events are the office's
		assertThatThrownBy(() -> events.create(event("Hội chợ", today.plusDays(3))))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldLetAnOfficerChangeOnlyTheOutletsOfTheirAreaAndKeepThemToIt() {
		signIn(OFFICE);
		var ours = outlets.create(outlet("Điểm Đức Lĩnh", DUC_LINH, List.of()));
		var theirs = outlets.create(outlet("Điểm Hương Trà", HUONG_TRA, List.of()));
		assertThat(outlets.mayChange(theirs)).isTrue();

		signIn(VU_QUANG);
		assertThat(outlets.mayChange(ours)).isTrue();
		assertThat(outlets.mayChange(theirs)).isFalse();
		assertThatThrownBy(() -> outlets.open(theirs.id(), today)).isInstanceOf(AccessDeniedException.class);
		// nor may an outlet of theirs be moved out of their area
		assertThatThrownBy(() -> outlets.update(ours.id(), outlet("Điểm Đức Lĩnh", HUONG_TRA, List.of())))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(outlets.update(ours.id(), outlet("Điểm bán Đức Lĩnh mới", DUC_LINH, List.of())).name())
				.isEqualTo("Điểm bán Đức Lĩnh mới");
		// everyone reads an open outlet, only officers one that is not open
		when(scope.requireCurrentUser()).thenThrow(new AccessDeniedException("not signed in"));
		assertThatThrownBy(() -> outlets.outlet(ours.id())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldCountACourseAsCompletedOnlyForThoseWhoAttended() {
		var trainee = new UserSummary(UUID.randomUUID(), "commune-dl", "Cán bộ xã Đức Lĩnh", null,
				Set.of(Role.COMMUNE_OFFICER), DUC_LINH, true, false, null);
		when(users.find("commune-dl")).thenReturn(Optional.of(trainee));
		signIn(VU_QUANG);
		LocalDate start = today.minusDays(10);
		var course = trainings.create(course("Lớp kỹ năng", DUC_LINH, start));
		var session = trainings.addSession(course.id(), start, "Chu trình OCOP").sessions().get(0);
		var enrolled = trainings.enrol(course.id(), new TrainingManagement.Enrolment("commune-dl", null, null, null));
		var absent = trainings.enrol(course.id(), new TrainingManagement.Enrolment(null, null, "Người vắng", DUC_LINH));
		UUID present = enrolled.participants().get(0).id();
		UUID missing = absent.participants().stream().filter(p -> !p.id().equals(present)).findFirst().orElseThrow().id();
		trainings.recordAttendance(course.id(), session.id(), Set.of(present));

		trainings.complete(course.id(), present, true);
		assertThatThrownBy(() -> trainings.complete(course.id(), missing, true)).isInstanceOf(BusinessRuleException.class);
		assertThat(facts.completions(start.getYear())).filteredOn(c -> "commune-dl".equals(c.username()))
				.singleElement().satisfies(c -> assertThat(c.communeCode()).isEqualTo(DUC_LINH));
	}

	@Test
	void shouldShowThePublicOnlyOpenOutletsWithTheirCertifiedProducts() {
		var certified = product("Nước mắm Vũ Quang", ProductStatus.CERTIFIED);
		var selected = product("Cam khô", ProductStatus.SELECTED);
		when(products.summaries(anyCollection())).thenReturn(Map.of(certified.id(), certified, selected.id(), selected));
		signIn(VU_QUANG);
		var outlet = outlets.create(outlet("Điểm bán OCOP Đức Lĩnh", DUC_LINH, List.of(certified.id(), selected.id())));
		assertThat(outlet.status()).isEqualTo(OutletStatus.PLANNED);
		assertThat(api.outlets()).noneMatch(o -> o.id().equals(outlet.id()));

		outlets.open(outlet.id(), today);
		assertThat(api.openOutletCount()).isEqualTo(1);
		assertThat(api.outlets()).filteredOn(o -> o.id().equals(outlet.id())).singleElement()
				.satisfies(o -> assertThat(o.products()).extracting(LinkedProduct::productName)
						.containsExactly("Nước mắm Vũ Quang"));
		assertThat(highlights.salesPoints()).extracting(PortalHighlights.SalesPoint::url)
				.contains("/outlets#outlet-" + outlet.id());
		assertThat(facts.outlets(List.of(outlet.id()))).singleElement()
				.satisfies(o -> assertThat(o.products()).hasSize(2));

		outlets.close(outlet.id(), today.plusDays(1));
		assertThat(api.outlets()).noneMatch(o -> o.id().equals(outlet.id()));
	}

	@Test
	void shouldRefuseToLinkAProductTheRegistryDoesNotKnow() {
		when(products.summaries(anyCollection())).thenReturn(Map.of());
		signIn(OFFICE);
		assertThatThrownBy(() -> outlets.create(outlet("Trung tâm", DUC_LINH, List.of(UUID.randomUUID()))))
				.isInstanceOf(BusinessRuleException.class).hasMessage("programme.product.unknown");
	}

	@Test
	void shouldBuildAPilotModelStepByStep() {
		signIn(OFFICE);
		var pilot = pilots.create(pilot(PilotLevel.PROVINCIAL, null));
		assertThat(pilots.progress(pilot.id(), 40).status()).isEqualTo(PilotStatus.BUILDING);
		var built = pilots.progress(pilot.id(), 100);
		assertThat(built.status()).isEqualTo(PilotStatus.BUILT);
		assertThat(built.completedOn()).isEqualTo(today);
		assertThat(facts.pilots(pilot.year())).extracting(PilotView::id).contains(pilot.id());
		assertThat(facts.pilots(List.of(pilot.id()))).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo(pilot.name()));
	}

	@Test
	void shouldListTheComingEventsOnThePortalAndForgetDeletedOnes() {
		signIn(OFFICE);
		var fair = events.create(event("Hội chợ OCOP Hà Tĩnh", today.plusDays(20)));
		var past = events.create(event("Hội nghị tổng kết", today.minusDays(40)));
		assertThat(highlights.upcomingEvents(today, 10)).extracting(PortalHighlights.UpcomingEvent::title)
				.contains("Hội chợ OCOP Hà Tĩnh").doesNotContain("Hội nghị tổng kết");
		assertThat(api.upcomingEvents(10)).extracting(EventView::id).contains(fair.id()).doesNotContain(past.id());

		events.delete(fair.id());
		assertThat(events.events()).extracting(EventView::id).doesNotContain(fair.id()).contains(past.id());
	}

	private static TrainingDetails course(String title, String commune, LocalDate startsOn) {
		return new TrainingDetails(title, "Văn phòng OCOP", Audience.OFFICIALS, "Hội trường xã", commune, startsOn,
				startsOn.plusDays(1), null);
	}

	private static OutletDetails outlet(String name, String commune, List<UUID> productIds) {
		return new OutletDetails(name, OutletKind.POINT, "Thôn 1", commune, new BigDecimal("18.35"),
				new BigDecimal("105.47"), "HTX Đức Lĩnh", "7:00–17:00", null, List.of("Có biển hiệu"), productIds);
	}

	private PilotDetails pilot(PilotLevel level, String commune) {
		return new PilotDetails(today.getYear(), "Mô hình " + level + " " + UUID.randomUUID().toString().substring(0, 6),
				level, "Vùng nguyên liệu", commune, null, null, List.of());
	}

	private static EventDetails event(String title, LocalDate startsOn) {
		return new EventDetails(EventKind.FAIR, title, startsOn, startsOn.plusDays(2), "Quảng trường Thành phố", null, null,
				List.of());
	}

	private static ProductSummary product(String name, ProductStatus status) {
		return new ProductSummary(UUID.randomUUID(), name, UUID.randomUUID(), "HTX Đức Lĩnh", 2024, "1048", "1048-01",
				DUC_LINH, LocalDate.of(2024, 1, 1), RegistrationType.EXISTING_PRODUCT, null, null, null, null, null, null, null,
				null, status, status == ProductStatus.CERTIFIED ? 3 : null, Instant.now(), Instant.now(), null, null, false);
	}

	private void signIn(CurrentUser user) {
		when(scope.requireCurrentUser()).thenReturn(user);
		when(scope.currentUser()).thenReturn(Optional.of(user));
	}
}
