package vn.ocop.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.certification.CertificateFilter;
import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.certification.NewDecision;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.notification.Notice;
import vn.ocop.notification.Notifications;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;

/**
 * Inspections (plan activities 11.2 and 13): the year's inspection plan drafted by the office, submitted and
 * approved; inspections from it or unplanned (after a complaint), each with the checklist, findings with photos and
 * a conclusion; sanctions proposed by findings and decided by the office. A decided downgrade or revocation is
 * applied through {@link CertificationManagement}'s decision flow, never by changing a certificate here.
 */
@Service
public class InspectionManagement {

	private final InspectionPlans plans;
	private final Inspections inspections;
	private final InspectionAccess access;
	private final ProductLifecycle lifecycle;
	private final CertificationManagement certification;
	private final UserManagement users;
	private final Notifications notices;
	private final PhotoCheck photos;
	private final FileStorage storage;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InspectionManagement(InspectionPlans plans, Inspections inspections, InspectionAccess access,
			ProductLifecycle lifecycle, CertificationManagement certification, UserManagement users,
			Notifications notices, PhotoCheck photos, FileStorage storage, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.inspections = inspections;
		this.access = access;
		this.lifecycle = lifecycle;
		this.certification = certification;
		this.users = users;
		this.notices = notices;
		this.photos = photos;
		this.storage = storage;
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- plans

	/** Drafts the year's plan (provincial office); 409 if the year has one. */
	@Transactional
	public InspectionPlanView createPlan(NewPlan input) {
		CurrentUser user = access.requireOffice();
		if (input.year() < 2019 || input.year() > LocalDate.now(clock).getYear() + 1) {
			throw BusinessRuleException.unprocessable("monitoring.plan.year", input.year());
		}
		if (input.title() == null || input.title().isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "title");
		}
		if (plans.findByYear(input.year()).isPresent()) {
			throw BusinessRuleException.conflict("monitoring.plan.exists", input.year());
		}
		var plan = new InspectionPlan(input.year(), input.title(), input.agencies(), checklist(input.checklist()),
				input.note(), clock.instant(), user.username());
		plans.saveAndFlush(plan);
		return view(plan);
	}

	/** Changes a draft (or returned) plan's description. */
	@Transactional
	public InspectionPlanView describePlan(UUID planId, NewPlan input) {
		access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		if (input.title() == null || input.title().isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "title");
		}
		guard(() -> plan.describe(input.title(), input.agencies(), checklist(input.checklist()), input.note()),
				"monitoring.plan.locked", plan.getStatus());
		return view(plan);
	}

	/** Adds a line (producer, optionally one of its products, month) to a draft plan. */
	@Transactional
	public InspectionPlanView addPlanItem(UUID planId, NewPlanItem input) {
		access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		if (input.month() < 1 || input.month() > 12) {
			throw BusinessRuleException.unprocessable("monitoring.plan.month", input.month());
		}
		PlanItem.Subject subject = subject(input.producerId(), input.productId());
		guard(() -> plan.add(subject, input.month(), input.agencies()), "monitoring.plan.locked", plan.getStatus());
		plans.saveAndFlush(plan);
		return view(plan);
	}

	@Transactional
	public InspectionPlanView removePlanItem(UUID planId, UUID itemId) {
		access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		guard(() -> plan.remove(itemId), "monitoring.plan.locked", plan.getStatus());
		return view(plan);
	}

	/** Submits the plan for approval; 409 when empty or not a draft. */
	@Transactional
	public InspectionPlanView submitPlan(UUID planId) {
		CurrentUser user = access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		if (plan.getItems().isEmpty()) {
			throw BusinessRuleException.conflict("monitoring.plan.empty");
		}
		guard(() -> plan.submit(clock.instant(), user.username()), "monitoring.plan.notDraft", plan.getStatus());
		return view(plan);
	}

	/** Approves a submitted plan (or sends it back with a reason). */
	@Transactional
	public InspectionPlanView decidePlan(UUID planId, boolean approve, @Nullable String note) {
		CurrentUser user = access.requireOffice();
		InspectionPlan plan = loadPlan(planId);
		if (!approve && (note == null || note.isBlank())) {
			throw BusinessRuleException.unprocessable("monitoring.plan.reasonRequired");
		}
		guard(() -> {
			if (approve) {
				plan.approve(note, clock.instant(), user.username());
			}
			else {
				plan.sendBack(note == null ? "" : note, clock.instant(), user.username());
			}
		}, "monitoring.plan.notSubmitted", plan.getStatus());
		return view(plan);
	}

	@Transactional(readOnly = true)
	public List<InspectionPlanView> plans() {
		CurrentUser user = requireReader();
		BiPredicate<String, LocalDate> covers = access.coverage(user);
		return plans.findAllByOrderByYearDesc().stream().map(p -> view(p, covers)).toList();
	}

	/** A plan with the lines the user may see: those of producers inside the user's area (all for the office). */
	@Transactional(readOnly = true)
	public InspectionPlanView plan(UUID id) {
		CurrentUser user = requireReader();
		return view(loadPlan(id), access.coverage(user));
	}

	// ---------------------------------------------------------------- inspections

	/**
	 * Opens an inspection: from a line of an approved plan (planned), or unplanned for a producer (and product).
	 * The inspector is an inspector's (or the office's) account.
	 */
	@Transactional
	public InspectionView open(NewInspection input) {
		return open(input, null);
	}

	InspectionView open(NewInspection input, @Nullable UUID complaintId) {
		CurrentUser user = access.requireOffice();
		String inspector = requireInspectorAccount(input.inspector());
		if (input.scheduledOn() == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "scheduledOn");
		}
		Inspection inspection;
		if (input.planItemId() != null) {
			InspectionPlan plan = plans.findByItem(input.planItemId())
					.orElseThrow(() -> new NotFoundException("monitoring.plan.itemNotFound", input.planItemId()));
			if (plan.getStatus() != PlanStatus.APPROVED) {
				throw BusinessRuleException.conflict("monitoring.plan.notApproved", plan.getYear());
			}
			if (inspections.findFirstByPlanItemId(input.planItemId()).isPresent()) {
				throw BusinessRuleException.conflict("monitoring.inspection.planItemTaken");
			}
			PlanItem item = plan.getItems().stream().filter(i -> i.getId().equals(input.planItemId())).findFirst()
					.orElseThrow();
			PlanItem.Subject s = item.subject();
			String agencies = input.agencies() != null ? input.agencies()
					: item.getAgencies() != null ? item.getAgencies() : plan.getAgencies();
			inspection = new Inspection(InspectionKind.PLANNED, item.getId(), complaintId,
					new Inspection.Subject(s.producerId(), s.producerName(), s.productId(), s.productName(),
							certificateOf(s.productId(), input.certificateCode()), s.communeCode(), s.unitDate()),
					input.scheduledOn(), inspector, agencies, clock.instant(), user.username());
		}
		else {
			if (input.producerId() == null && input.productId() == null) {
				throw BusinessRuleException.unprocessable("monitoring.field.required", "producerId");
			}
			UUID producerId = input.producerId();
			if (producerId == null) {
				producerId = product(input.productId()).producerId();
			}
			PlanItem.Subject s = subject(producerId, input.productId());
			inspection = new Inspection(InspectionKind.UNPLANNED, null, complaintId,
					new Inspection.Subject(s.producerId(), s.producerName(), s.productId(), s.productName(),
							certificateOf(s.productId(), input.certificateCode()), s.communeCode(), s.unitDate()),
					input.scheduledOn(), inspector, input.agencies(), clock.instant(), user.username());
		}
		inspections.saveAndFlush(inspection);
		notices.send(Notice.to(List.of(inspector), "monitoring.inspection-assigned", "monitoring.notice.inspectionAssigned",
				"/monitoring/inspections/" + inspection.getId(), inspection.toView(Set.of()).producerName(),
				format(input.scheduledOn())));
		return view(inspection);
	}

	/** Records checklist outcomes (the assigned inspector or the office), while the inspection is open. */
	@Transactional
	public InspectionView recordChecks(UUID id, List<CheckView> outcomes) {
		CurrentUser user = access.user();
		Inspection inspection = load(id);
		requireConduct(user, inspection);
		List<Inspection.Check> checks = new ArrayList<>();
		for (CheckView c : outcomes) {
			if (c.item() == null) {
				throw BusinessRuleException.unprocessable("monitoring.field.required", "item");
			}
			if (c.result() == null) {
				throw BusinessRuleException.unprocessable("monitoring.check.resultRequired", c.item());
			}
			if (c.note() != null && c.note().length() > 1000) {
				throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "note", 1000);
			}
			checks.add(new Inspection.Check(c.item(), c.result(),
					c.note() == null || c.note().isBlank() ? null : c.note().strip()));
		}
		guard(() -> inspection.record(checks), "monitoring.inspection.locked", inspection.getStatus());
		inspections.saveAndFlush(inspection);
		return view(inspection);
	}

	/** Adds a finding, possibly proposing a sanction (a downgrade by 1 or 2 stars, or revocation). */
	@Transactional
	public FindingView addFinding(UUID id, NewFinding input) {
		CurrentUser user = access.user();
		Inspection inspection = load(id);
		requireConduct(user, inspection);
		if (input.description() == null || input.description().isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "description");
		}
		if (input.description().length() > 2000) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "description", 2000);
		}
		Sanction sanction = input.sanction() == null ? Sanction.NONE : input.sanction();
		if (sanction == Sanction.DOWNGRADE && (input.starsDown() == null || input.starsDown() < 1 || input.starsDown() > 2)) {
			throw BusinessRuleException.unprocessable("monitoring.finding.starsDown");
		}
		if ((sanction == Sanction.DOWNGRADE || sanction == Sanction.REVOCATION) && inspection.getCertificateCode() == null) {
			throw BusinessRuleException.unprocessable("monitoring.finding.noCertificate");
		}
		if (inspection.getStatus() != InspectionStatus.OPEN) {
			throw BusinessRuleException.conflict("monitoring.inspection.locked", inspection.getStatus());
		}
		Finding finding = inspection.find(input.item(), input.description(), sanction, input.starsDown(), clock.instant(),
				user.username());
		inspections.saveAndFlush(inspection);
		return finding.toView(inspection.getId());
	}

	/** Adds a photo (JPEG, PNG or WebP) to a finding of an open inspection. */
	@Transactional
	public FindingView addPhoto(UUID id, UUID findingId, byte[] content) {
		CurrentUser user = access.user();
		Inspection inspection = load(id);
		requireConduct(user, inspection);
		Finding finding = inspection.finding(findingId)
				.orElseThrow(() -> new NotFoundException("monitoring.finding.notFound", findingId));
		if (inspection.getStatus() != InspectionStatus.OPEN) {
			throw BusinessRuleException.conflict("monitoring.inspection.locked", inspection.getStatus());
		}
		if (finding.getPhotos().size() >= 10) {
			throw BusinessRuleException.unprocessable("monitoring.photo.tooMany", 10);
		}
		photos.require(content);
		String key;
		try {
			key = storage.store("inspection", content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		inspection.addPhoto(findingId, key);
		inspections.saveAndFlush(inspection);
		return finding.toView(inspection.getId());
	}

	/** A finding's photo. */
	@Transactional(readOnly = true)
	public byte[] photo(UUID id, UUID findingId, int index) {
		Inspection inspection = load(id);
		requireSee(access.user(), inspection);
		Finding finding = inspection.finding(findingId)
				.orElseThrow(() -> new NotFoundException("monitoring.finding.notFound", findingId));
		if (index < 0 || index >= finding.getPhotos().size()) {
			throw new NotFoundException("monitoring.photo.notFound", index);
		}
		try (InputStream in = storage.open(finding.getPhotos().get(index))) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new NotFoundException("monitoring.photo.notFound", index);
		}
	}

	/**
	 * Concludes the inspection (the assigned inspector or the office): locks it. {@link InspectionConcluded} tells the
	 * office of proposed sanctions ({@link InspectionNotices}).
	 */
	@Transactional
	public InspectionView conclude(UUID id, @Nullable String conclusion, @Nullable LocalDate inspectedOn) {
		CurrentUser user = access.user();
		Inspection inspection = load(id);
		requireConduct(user, inspection);
		if (conclusion == null || conclusion.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "conclusion");
		}
		if (conclusion.length() > 4000) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "conclusion", 4000);
		}
		LocalDate day = inspectedOn == null ? LocalDate.now(clock) : inspectedOn;
		if (day.isAfter(LocalDate.now(clock))) {
			throw BusinessRuleException.unprocessable("monitoring.inspection.futureDate", day);
		}
		guard(() -> inspection.conclude(conclusion, day, clock.instant(), user.username()), "monitoring.inspection.locked",
				inspection.getStatus());
		inspections.saveAndFlush(inspection);
		int proposed = (int) inspection.getFindings().stream().filter(Finding::isPending).count();
		events.publishEvent(new InspectionConcluded(inspection.getId(), inspection.getProducerId(),
				inspection.getProductId(), proposed));
		return view(inspection);
	}

	/**
	 * The office decides a sanction proposed by a finding of a concluded inspection. Following a downgrade lowers the
	 * certificate's stars by the finding's number through {@link CertificationManagement#downgrade}; following a
	 * revocation revokes it through {@link CertificationManagement#revoke} — each by the decision given here, all or
	 * nothing (a synchronous call: the certificate and the finding change together). {@link SanctionDecided} tells the
	 * producer and the inspector ({@link InspectionNotices}).
	 */
	@Transactional
	public FindingView decide(UUID findingId, SanctionDecision input) {
		CurrentUser user = access.requireOffice();
		Inspection inspection = inspections.findByFinding(findingId)
				.orElseThrow(() -> new NotFoundException("monitoring.finding.notFound", findingId));
		Finding finding = inspection.finding(findingId).orElseThrow();
		if (inspection.getStatus() != InspectionStatus.CONCLUDED) {
			throw BusinessRuleException.conflict("monitoring.sanction.notConcluded");
		}
		if (!finding.isPending()) {
			throw BusinessRuleException.conflict("monitoring.sanction.notPending");
		}
		if (!input.follow()) {
			if (input.note() == null || input.note().isBlank()) {
				throw BusinessRuleException.unprocessable("monitoring.sanction.noteRequired");
			}
			finding.dismiss(input.note(), clock.instant(), user.username());
		}
		else {
			Sanction sanction = finding.getSanction();
			if (sanction == Sanction.DOWNGRADE || sanction == Sanction.REVOCATION) {
				apply(inspection, finding, input);
			}
			finding.decide(input.decisionNumber(), input.decisionDate(), input.note(), clock.instant(), user.username());
		}
		inspections.saveAndFlush(inspection);
		events.publishEvent(new SanctionDecided(inspection.getId(), findingId, finding.getSanction(), input.follow(),
				inspection.getCertificateCode()));
		return finding.toView(inspection.getId());
	}

	private void apply(Inspection inspection, Finding finding, SanctionDecision input) {
		String code = inspection.getCertificateCode();
		if (code == null) {
			throw BusinessRuleException.conflict("monitoring.finding.noCertificate");
		}
		if (input.decisionNumber() == null || input.decisionNumber().isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "decisionNumber");
		}
		if (input.decisionDate() == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "decisionDate");
		}
		String reason = input.note() == null || input.note().isBlank() ? finding.getDescription() : input.note();
		var decision = new NewDecision(input.decisionNumber(), input.decisionDate(), input.signer(), null,
				reason.length() > 2000 ? reason.substring(0, 2000) : reason, input.legalBasis());
		if (finding.getSanction() == Sanction.DOWNGRADE) {
			CertificateView certificate = certification.certificate(code);
			int stars = certificate.stars() - (finding.getStarsDown() == null ? 1 : finding.getStarsDown());
			if (stars < 3) {
				throw BusinessRuleException.unprocessable("monitoring.sanction.belowThreeStars", certificate.stars(), stars);
			}
			certification.downgrade(code, stars, decision);
		}
		else {
			// the inspection's conclusion is the ground (26/2026 Điều 8: no longer meeting the criteria), from its day
			var rules = certification.revocationRules(input.decisionDate());
			String ground = rules.grounds().stream().map(vn.ocop.criteria.Regulation.Ground::code)
					.filter("CRITERIA_NOT_MET"::equals).findFirst()
					.orElse(rules.grounds().isEmpty() ? null : rules.grounds().get(0).code());
			LocalDate concluded = inspection.getConcludedAt() == null ? null
					: LocalDate.ofInstant(inspection.getConcludedAt(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
			certification.revoke(code, decision.withGround(ground,
					concluded == null || concluded.isAfter(input.decisionDate()) ? null : concluded));
		}
	}

	/** The inspections visible to the user, of one year (by scheduled date) and/or status; the newest first. */
	@Transactional(readOnly = true)
	public List<InspectionView> inspections(@Nullable Integer year, @Nullable InspectionStatus status) {
		CurrentUser user = requireReader();
		List<Inspection> all = year == null ? inspections.findAllByOrderByScheduledOnDesc()
				: inspections.findByScheduledOnBetweenOrderByScheduledOnDesc(LocalDate.of(year, 1, 1),
						LocalDate.of(year, 12, 31));
		BiPredicate<String, LocalDate> covers = access.coverage(user);
		return all.stream().filter(i -> status == null || i.getStatus() == status)
				.filter(i -> i.getInspector().equals(user.username()) || covers.test(i.getCommuneCode(), i.getUnitDate()))
				.map(this::view).toList();
	}

	/** Concluded inspections with a sanction awaiting the office. */
	@Transactional(readOnly = true)
	public List<InspectionView> awaitingDecision() {
		access.requireOffice();
		return inspections.findAwaitingDecision().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public InspectionView inspection(UUID id) {
		Inspection inspection = load(id);
		requireSee(access.user(), inspection);
		return view(inspection);
	}

	/** Whether the signed-in user may record the inspection (checklist, findings, conclusion). */
	@Transactional(readOnly = true)
	public boolean mayConduct(UUID id) {
		CurrentUser user = access.user();
		Inspection inspection = load(id);
		return inspection.getStatus() == InspectionStatus.OPEN
				&& (InspectionAccess.isOffice(user) || inspection.getInspector().equals(user.username()));
	}

	/** Accounts that may be assigned inspections (inspectors and the provincial office). */
	@Transactional(readOnly = true)
	public List<String> inspectorAccounts() {
		return users.all().stream().filter(UserSummary::enabled)
				.filter(u -> u.roles().contains(Role.INSPECTOR) || u.roles().contains(Role.PROVINCE_ADMIN))
				.sorted(Comparator.comparing((UserSummary u) -> !u.roles().contains(Role.INSPECTOR))
						.thenComparing(UserSummary::username))
				.map(UserSummary::username).toList();
	}

	// ---------------------------------------------------------------- helpers

	CertificateView certificate(String code) {
		return certification.certificate(code);
	}

	private InspectionView view(Inspection inspection) {
		Set<ChecklistItem> checklist = EnumSet.allOf(ChecklistItem.class);
		if (inspection.getPlanItemId() != null) {
			checklist = plans.findByItem(inspection.getPlanItemId()).map(InspectionPlan::checklistItems).orElse(checklist);
		}
		return inspection.toView(checklist);
	}

	private InspectionPlanView view(InspectionPlan plan) {
		return view(plan, (c, d) -> true);
	}

	private InspectionPlanView view(InspectionPlan plan, BiPredicate<String, LocalDate> covers) {
		List<UUID> ids = plan.getItems().stream().map(PlanItem::getId).toList();
		Map<UUID, UUID> byItem = new HashMap<>();
		if (!ids.isEmpty()) {
			inspections.findByPlanItemIdIn(ids).forEach(i -> byItem.put(i.getPlanItemId(), i.getId()));
		}
		return plan.toView(byItem, i -> covers.test(i.subject().communeCode(), i.subject().unitDate()));
	}

	private CurrentUser requireReader() {
		CurrentUser user = access.user();
		if (!InspectionAccess.isOfficer(user) && !user.has(Role.INSPECTOR)) {
			throw new AccessDeniedException("Officers and inspectors only");
		}
		return user;
	}

	private void requireSee(CurrentUser user, Inspection inspection) {
		if (InspectionAccess.isOffice(user) || inspection.getInspector().equals(user.username())) {
			return;
		}
		if ((InspectionAccess.isOfficer(user) || user.has(Role.INSPECTOR))
				&& access.covers(user, inspection.getCommuneCode(), inspection.getUnitDate())) {
			return;
		}
		throw new AccessDeniedException("Inspection outside the user's scope");
	}

	private void requireConduct(CurrentUser user, Inspection inspection) {
		if (!InspectionAccess.isOffice(user) && !inspection.getInspector().equals(user.username())) {
			throw new AccessDeniedException("Only the assigned inspector or the office records the inspection");
		}
	}

	private String requireInspectorAccount(@Nullable String username) {
		if (username == null || username.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "inspector");
		}
		UserSummary account = users.find(username.strip()).filter(UserSummary::enabled)
				.orElseThrow(() -> BusinessRuleException.unprocessable("monitoring.inspection.unknownInspector", username));
		if (!account.roles().contains(Role.INSPECTOR) && !account.roles().contains(Role.PROVINCE_ADMIN)) {
			throw BusinessRuleException.unprocessable("monitoring.inspection.notInspector", username);
		}
		return account.username();
	}

	private PlanItem.Subject subject(@Nullable UUID producerId, @Nullable UUID productId) {
		if (producerId == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "producerId");
		}
		ProducerSummary producer;
		try {
			producer = lifecycle.producer(producerId);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("monitoring.producer.notFound", producerId);
		}
		if (productId == null) {
			return new PlanItem.Subject(producer.id(), producer.name(), null, null, producer.communeCode(),
					producer.unitDate());
		}
		ProductSummary product = product(productId);
		if (!product.producerId().equals(producer.id())) {
			throw BusinessRuleException.unprocessable("monitoring.product.otherProducer", product.name(), producer.name());
		}
		return new PlanItem.Subject(producer.id(), producer.name(), product.id(), product.name(), product.communeCode(),
				product.unitDate());
	}

	private ProductSummary product(@Nullable UUID productId) {
		if (productId == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "productId");
		}
		try {
			return lifecycle.summary(productId);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("monitoring.product.notFound", productId);
		}
	}

	/** The certificate of the inspected product: the one given, else the product's latest one in force. */
	private @Nullable String certificateOf(@Nullable UUID productId, @Nullable String given) {
		if (given != null && !given.isBlank()) {
			CertificateView certificate = certification.certificate(given.strip());
			if (productId != null && !certificate.productId().equals(productId)) {
				throw BusinessRuleException.unprocessable("monitoring.certificate.otherProduct", certificate.code());
			}
			return certificate.code();
		}
		if (productId == null) {
			return null;
		}
		return certification.certificates(CertificateFilter.none()).stream()
				.filter(c -> c.productId().equals(productId) && c.status().inForce())
				.max(Comparator.comparing(CertificateView::issuedAt)).map(CertificateView::code).orElse(null);
	}

	private InspectionPlan loadPlan(UUID id) {
		return plans.findById(id).orElseThrow(() -> new NotFoundException("monitoring.plan.notFound", id));
	}

	private Inspection load(UUID id) {
		return inspections.findById(id).orElseThrow(() -> new NotFoundException("monitoring.inspection.notFound", id));
	}

	private static Set<ChecklistItem> checklist(@Nullable Set<ChecklistItem> items) {
		return items == null || items.isEmpty() ? EnumSet.allOf(ChecklistItem.class) : EnumSet.copyOf(items);
	}

	/** Runs an aggregate transition; its refusal (an illegal state) becomes a 409 with the given message. */
	private static void guard(Runnable transition, String messageCode, Object state) {
		try {
			transition.run();
		}
		catch (IllegalStateException e) {
			throw BusinessRuleException.conflict(messageCode, state);
		}
	}

	private static String format(LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}
}
