package vn.ocop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.DossierType;
import vn.ocop.criteria.Regulation;
import vn.ocop.criteria.RuleChoice;
import vn.ocop.criteria.Scorecard;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
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
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.support.RegistryFixtures;
import vn.ocop.geography.UnitAt;

/**
 * The evaluation module booted alone: its own beans, its own empty in-memory database and no demo data, with mocks
 * of the APIs of identity, geography, registry, criteria and notification. A provincial council is set up, scores a
 * product on the real scorecard 1048-01 and closes the session; the registry follows the result by the session's
 * event, the producer is told after the commit, and a 5★ result waits for the central council's.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:evaluation-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class EvaluationModuleTests {

	static final String DUC_LINH = "18322";
	static final Scorecard SCORECARD = Scorecards.real1048_01();
	static final Regulation REGULATION = new Regulation("1048/QĐ-TTg", "", LocalDate.of(2019, 8, 21), Map.of(), 36,
			List.of(new Regulation.Level("DISTRICT", "SCREEN", null, null, ""),
					new Regulation.Level("PROVINCE", "RECOGNISE", 3, 4, ""),
					new Regulation.Level("CENTRAL", "RECOGNISE", 5, 5, "")));

	@MockitoBean
	AccessScope scope;

	@MockitoBean
	UserManagement users;

	/** Who a username is: here everyone is named by their username (identity is not started). */
	@MockitoBean
	vn.ocop.identity.People people;

	@MockitoBean
	GeographyApi geography;

	@MockitoBean
	ProductLifecycle products;

	@MockitoBean
	RegistryManagement registry;

	@MockitoBean
	CriteriaApi criteria;

	@MockitoBean
	Notifications notifications;

	@Autowired
	CouncilSetup councils;

	@Autowired
	SessionPlanning planning;

	@Autowired
	CouncilProcedure procedure;

	@Autowired
	Scoring scoring;

	@Autowired
	SessionClosing closing;

	@Autowired
	SessionProgress progress;

	@Autowired
	EvaluationResults results;

	@Autowired
	CentralCouncil central;

	@Autowired
	Clock clock;

	final CurrentUser office = new CurrentUser("office", "Văn phòng OCOP", Set.of(Role.PROVINCE_ADMIN), "42");
	String tag;
	CurrentUser chair;
	CurrentUser member;
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
		tag = UUID.randomUUID().toString().substring(0, 6);
		chair = councilMember("chair-" + tag);
		member = councilMember("member-" + tag);
		producer = new ProducerSummary(UUID.randomUUID(), "HTX Cam " + tag, LegalForm.COOPERATIVE, "4201234567", null,
				null, null, DUC_LINH, LocalDate.of(2024, 1, 1), null, null, 7, 12, 5, 0, 2024, false,
				Set.of("producer-" + tag), Instant.parse("2024-01-01T00:00:00Z"));
		when(products.producer(producer.id())).thenReturn(producer);
		when(products.isManagedBy(any(), anyString())).thenReturn(false);
		when(scope.covers(any(), anyString(), any())).thenReturn(true);
		when(scope.covers(any(CurrentUser.class), any(UnitAt.class))).thenReturn(true);
		when(geography.versionsOf("42")).thenReturn(List.of(new Unit("42", "Tỉnh Hà Tĩnh", UnitLevel.PROVINCE, null,
				LocalDate.of(1991, 10, 1), null)));
		when(geography.codesWithin("42")).thenReturn(Set.of("42", DUC_LINH));
		when(criteria.ruleFor(any(), any())).thenAnswer(i -> new RuleChoice(REGULATION, i.getArgument(0),
				i.getArgument(1), false, null, null));
		when(criteria.regulation(REGULATION.code())).thenReturn(Optional.of(REGULATION));
		when(criteria.scorecardFor("1048-01", REGULATION.code())).thenReturn(Optional.of(SCORECARD));
		when(criteria.scorecard("1048-01")).thenReturn(Optional.of(SCORECARD));
	}

	@Test
	void shouldScoreAProductAndLetTheRegistryFollowTheResult() {
		UUID product = submittedProduct("Cam Đức Lĩnh " + tag);
		UUID sessionId = openSession(product);

		// scoring before the attendance is recorded is allowed; closing is not
		signIn(chair);
		scoring.save(sessionId, product, Scorecards.picksFor(SCORECARD, 64), true);
		signIn(member);
		// the same answers: no divergence, and no marked criterion to settle
		scoring.save(sessionId, product, Scorecards.picksFor(SCORECARD, 64), true);
		signIn(chair);
		assertThatThrownBy(() -> closing.close(sessionId)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
			assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
			assertThat(e.properties()).containsEntry("attendanceRecorded", false);
		});
		verify(products, never()).recordRating(any(), anyBoolean(), anyInt(), anyString(), any());

		recordEveryonePresent(sessionId);
		assertThat(progress.progress(sessionId).readyToClose()).isTrue();
		var closed = closing.close(sessionId);

		assertThat(closed.results()).singleElement().satisfies(r -> {
			assertThat(r.score()).isEqualByComparingTo("64.00");
			assertThat(r.stars()).isEqualTo(3);
			assertThat(r.outcome()).isEqualTo(Outcome.RATED);
		});
		// the registry follows the session's event in the same transaction, with the council's result as the reason
		verify(products).recordRating(eq(product), eq(true), eq(3), eq(chair.username()), contains("64.00 điểm, 3★"));
		// the producer is told after the commit
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains("producer-" + tag)
				&& n.topic().equals("evaluation.result")));
		signIn(office);
		assertThat(results.productEvaluations(product)).singleElement()
				.satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.RATED));
	}

	@Test
	void shouldKeepTheSessionToItsMembersAndItsProcedureToTheChairAndSecretary() {
		UUID product = submittedProduct("Bưởi Phúc Trạch " + tag);
		UUID sessionId = openSession(product);
		CurrentUser stranger = councilMember("stranger-" + tag);
		signIn(stranger);
		assertThatThrownBy(() -> scoring.scoring(sessionId, product)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> procedure.recordAttendance(sessionId, List.of()))
				.isInstanceOf(AccessDeniedException.class);
		signIn(member);
		assertThatThrownBy(() -> closing.close(sessionId)).isInstanceOf(AccessDeniedException.class);
		scoring.declareConflict(sessionId, product, "Người nhà của chủ cơ sở");
		assertThatThrownBy(() -> scoring.scoring(sessionId, product)).isInstanceOfSatisfying(
				BusinessRuleException.class, e -> assertThat(e.messageCode()).isEqualTo("evaluation.conflict.declared"));
		assertThat(planning.evaluation(sessionId).items()).hasSize(1);
	}

	@Test
	void shouldPassAFiveStarResultOnToTheCentralCouncilAndRateOnItsResult() throws Exception {
		UUID product = submittedProduct("Nhung hươu Hương Sơn " + tag);
		UUID sessionId = openSession(product);
		signIn(chair);
		recordEveryonePresent(sessionId);
		scoring.save(sessionId, product, Scorecards.best(SCORECARD), true);
		signIn(member);
		scoring.save(sessionId, product, Scorecards.best(SCORECARD), true);
		signIn(chair);
		assertThat(closing.close(sessionId).results()).singleElement().satisfies(r -> {
			assertThat(r.outcome()).isEqualTo(Outcome.ESCALATED);
			assertThat(r.escalatedTo()).isEqualTo(CouncilLevel.CENTRAL);
		});
		verify(products, never()).recordRating(eq(product), anyBoolean(), anyInt(), anyString(), any());
		// the producer is told after the commit, on another thread that asks the registry mock: stubbing it while
		// that thread calls it would stub the wrong method
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains("producer-" + tag)
				&& n.topic().equals("evaluation.result")));

		signIn(office);
		when(products.summary(product)).thenReturn(product(product, "Nhung hươu Hương Sơn " + tag,
				ProductStatus.UNDER_EVALUATION));
		assertThat(central.awaitingResults()).contains(product);
		LocalDate today = LocalDate.now(clock);
		var input = new CentralCouncil.NewResult(new BigDecimal("86.5"), 4, today, "12/BB-HĐTW");
		// with a document that is not a PDF, JPEG or PNG nothing is recorded
		assertThatThrownBy(() -> central.record(product, input, "bien-ban.pdf",
				new ByteArrayInputStream("Biên bản".getBytes(StandardCharsets.UTF_8))))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("registry.document.badContent"));
		assertThat(central.result(product)).isEmpty();
		assertThatThrownBy(() -> central.minutes(product)).isInstanceOf(NotFoundException.class);
		var recorded = central.record(product, input);
		assertThat(recorded.provincialStars()).isEqualTo(4);
		verify(products).recordRating(eq(product), eq(true), eq(4), eq("office"), contains("12/BB-HĐTW"));
		assertThat(central.result(product)).hasValueSatisfying(r -> {
			assertThat(r.score()).isEqualByComparingTo("86.50");
			assertThat(r.minutesReference()).isEqualTo("12/BB-HĐTW");
		});
		assertThatThrownBy(() -> central.record(product, new CentralCouncil.NewResult(new BigDecimal("86.5"), 4, today,
				"12/BB-HĐTW"))).isInstanceOf(BusinessRuleException.class);
		assertThatThrownBy(() -> central.minutes(product)).isInstanceOf(NotFoundException.class);
		byte[] pdf = RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII);
		assertThat(central.attachMinutes(product, "bien-ban-hdtw.pdf", new ByteArrayInputStream(pdf)).minutes())
				.satisfies(d -> assertThat(d.contentType()).isEqualTo("application/pdf"));
		try (var stored = central.minutes(product).content()) {
			assertThat(stored.readAllBytes()).isEqualTo(pdf);
		}
		signIn(member);
		assertThatThrownBy(() -> central.attachMinutes(product, "x.pdf", new ByteArrayInputStream(pdf)))
				.isInstanceOf(AccessDeniedException.class);
	}

	// ------------------------------------------------------------------ fixtures

	private UUID openSession(UUID product) {
		signIn(office);
		CouncilView council = councils.createCouncil(new NewCouncil(CouncilLevel.PROVINCE, "42", 2026,
				"Hội đồng tỉnh " + tag, List.of(new NewCouncil.Member(chair.username(), MemberRole.CHAIR),
						new NewCouncil.Member(member.username(), MemberRole.MEMBER))));
		EvaluationView session = planning.open(council.id(), List.of(product));
		verify(products).startEvaluation(product, "office");
		verify(notifications, timeout(10_000)).send(argThat((Notice n) -> n.recipients().contains(chair.username())
				&& n.topic().equals("evaluation.session-opened")));
		return session.id();
	}

	private void recordEveryonePresent(UUID sessionId) {
		signIn(chair);
		procedure.recordAttendance(sessionId, List.of(new Attendance(chair.username(), AttendanceStatus.PRESENT, null),
				new Attendance(member.username(), AttendanceStatus.PRESENT, null)));
	}

	private UUID submittedProduct(String name) {
		UUID id = UUID.randomUUID();
		ProductSummary product = product(id, name, ProductStatus.SUBMITTED);
		when(products.summaries(argThat(ids -> ids != null && ids.contains(id)))).thenReturn(Map.of(id, product));
		when(products.summary(id)).thenReturn(product);
		return id;
	}

	private ProductSummary product(UUID id, String name, ProductStatus status) {
		return new ProductSummary(id, name, producer.id(), producer.name(), 2026, "1048", "1048-01", DUC_LINH,
				LocalDate.of(2026, 1, 1), RegistrationType.EXISTING_PRODUCT, null, null, null, null, null, null, null, null,
				status, null, Instant.now(), Instant.now(), DossierType.FIRST, LocalDate.of(2026, 3, 10), false);
	}

	private CurrentUser councilMember(String username) {
		CurrentUser user = new CurrentUser(username, username, Set.of(Role.COUNCIL_MEMBER), "42");
		when(users.find(username)).thenReturn(Optional.of(new UserSummary(UUID.randomUUID(), username, username, null,
				user.roles(), "42", true, false, null)));
		return user;
	}

	private void signIn(CurrentUser user) {
		when(scope.requireCurrentUser()).thenReturn(user);
		when(scope.currentUser()).thenReturn(Optional.of(user));
	}
}
