package vn.ocop.inspection;

import static vn.ocop.inspection.Transitions.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.certification.CertificateView;
import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;
import vn.ocop.geography.UnitAt;
import java.util.function.Predicate;

/**
 * Inspections (plan activities 11.2 and 13): opened from a line of the year's approved plan
 * ({@link InspectionPlanning}) or unplanned (after a complaint), each with the checklist, findings with photos and
 * a conclusion. A concluded inspection's proposed sanctions are decided by the office ({@link SanctionDecisions}).
 * Publishes {@link InspectionOpened} and {@link InspectionConcluded}; {@link InspectionNotices} tells people.
 */
@Service
public class InspectionManagement {

	private final InspectionPlans plans;
	private final Inspections inspections;
	private final InspectionAccess access;
	private final InspectionSubjects subjects;
	private final PhotoCheck photos;
	private final FileStorage storage;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InspectionManagement(InspectionPlans plans, Inspections inspections, InspectionAccess access,
			InspectionSubjects subjects, PhotoCheck photos, FileStorage storage,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.inspections = inspections;
		this.access = access;
		this.subjects = subjects;
		this.photos = photos;
		this.storage = storage;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an inspection: from a line of an approved plan (planned), or unplanned for a producer (and product).
	 * The inspector is an inspector's (or the office's) account.
	 */
	@Transactional
	public InspectionView open(NewInspection input) {
		return open(input, null);
	}

	InspectionView open(NewInspection input, @Nullable UUID complaintId) {
		CurrentUser user = access.user();
		// the office opens any inspection; an inspector may open an unplanned one of their own, in their area
		boolean self = !user.isOffice();
		if (self && (!user.has(vn.ocop.identity.Role.INSPECTOR) || input.planItemId() != null || complaintId != null)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the office, or an inspector for an unplanned inspection of their own");
		}
		if (self && input.inspector() != null && !input.inspector().isBlank()
				&& !input.inspector().strip().equals(user.username())) {
			throw BusinessRuleException.unprocessable("monitoring.inspection.selfOnly");
		}
		String inspector = access.requireInspectorAccount(self ? user.username() : input.inspector());
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
			String agencies = input.agencies() != null ? input.agencies()
					: item.getAgencies() != null ? item.getAgencies() : plan.getAgencies();
			inspection = new Inspection(InspectionKind.PLANNED, item.getId(), complaintId,
					subjects.inspected(item.subject(), input.certificateCode()), input.scheduledOn(), inspector,
					agencies, clock.instant(), user.username());
		}
		else {
			if (input.producerId() == null && input.productId() == null) {
				throw BusinessRuleException.unprocessable("monitoring.field.required", "producerId");
			}
			UUID producerId = input.producerId();
			if (producerId == null) {
				producerId = subjects.product(input.productId()).producerId();
			}
			inspection = new Inspection(InspectionKind.UNPLANNED, null, complaintId,
					subjects.inspected(subjects.subject(producerId, input.productId()), input.certificateCode()),
					input.scheduledOn(), inspector, input.agencies(), clock.instant(), user.username());
		}
		if (self && !access.covers(user, inspection.getUnitAt())) {
			throw new org.springframework.security.access.AccessDeniedException("Producer outside the inspector's area");
		}
		inspections.saveAndFlush(inspection);
		events.publishEvent(new InspectionOpened(inspection.getId(), inspection.getProducerId(),
				inspection.getProductId(), inspector, inspection.getScheduledOn()));
		return view(inspection);
	}

	/** Records checklist outcomes (the assigned inspector or the office), while the inspection is open. */
	@Transactional
	public InspectionView recordChecks(UUID id, List<CheckView> outcomes) {
		CurrentUser user = access.user();
		Inspection inspection = load(id);
		access.requireConduct(user, inspection);
		List<Inspection.Check> checks = outcomes.stream().map(CheckView::toCheck).toList();
		guard(() -> inspection.record(checks), "monitoring.inspection.locked", inspection.getStatus());
		inspections.saveAndFlush(inspection);
		return view(inspection);
	}

	/** Adds a finding, possibly proposing a sanction (a downgrade by 1 or 2 stars, or revocation). */
	@Transactional
	public FindingView addFinding(UUID id, NewFinding input) {
		CurrentUser user = access.user();
		Inspection inspection = load(id);
		access.requireConduct(user, inspection);
		Sanction sanction = input.requireValid();
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
		access.requireConduct(user, inspection);
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
		access.requireSee(access.user(), inspection);
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
		access.requireConduct(user, inspection);
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

	/** The inspections visible to the user, of one year (by scheduled date) and/or status; the newest first. */
	@Transactional(readOnly = true)
	public List<InspectionView> inspections(@Nullable Integer year, @Nullable InspectionStatus status) {
		CurrentUser user = access.requireReader();
		List<Inspection> all = year == null ? inspections.findAllByOrderByScheduledOnDesc()
				: inspections.findByScheduledOnBetweenOrderByScheduledOnDesc(LocalDate.of(year, 1, 1),
						LocalDate.of(year, 12, 31));
		Predicate<UnitAt> covers = access.coverage(user);
		return all.stream().filter(i -> status == null || i.getStatus() == status)
				.filter(i -> i.getInspector().equals(user.username()) || covers.test(i.getUnitAt()))
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
		access.requireSee(access.user(), inspection);
		return view(inspection);
	}

	/** Whether the signed-in user may record the inspection (checklist, findings, conclusion). */
	@Transactional(readOnly = true)
	public boolean mayConduct(UUID id) {
		CurrentUser user = access.user();
		Inspection inspection = load(id);
		return inspection.getStatus() == InspectionStatus.OPEN
				&& (user.isOffice() || inspection.getInspector().equals(user.username()));
	}

	/** Accounts that may be assigned inspections (inspectors and the provincial office). */
	@Transactional(readOnly = true)
	public List<String> inspectorAccounts() {
		return access.inspectorAccounts();
	}

	CertificateView certificate(String code) {
		return subjects.certificate(code);
	}

	private InspectionView view(Inspection inspection) {
		Set<ChecklistItem> checklist = EnumSet.allOf(ChecklistItem.class);
		if (inspection.getPlanItemId() != null) {
			checklist = plans.findByItem(inspection.getPlanItemId()).map(InspectionPlan::checklistItems).orElse(checklist);
		}
		return inspection.toView(checklist);
	}

	private Inspection load(UUID id) {
		return inspections.findById(id).orElseThrow(() -> new NotFoundException("monitoring.inspection.notFound", id));
	}
}
