package vn.ocop.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.document.CheckedUpload;
import vn.ocop.shared.document.CheckedUpload.UploadPolicy;
import vn.ocop.shared.storage.FileStorage;

/**
 * The annual plans: the office creates a year's plan (or loads one from a data file, such as the Hà Tĩnh 2019
 * plan), keeps its targets, activities and tasks; the office and a task's lead account report progress with notes
 * and attachments. Officers read every plan.
 */
@Service
@Transactional
public class PlanManagement {

	/** What a task attachment may be, detected from its bytes. */
	static final Set<String> ACCEPTED_CONTENT = Set.of("application/pdf", "image/jpeg", "image/png",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
			"application/vnd.ms-excel", "application/x-tika-ooxml", "application/x-tika-msoffice");

	/** A new plan. */
	public record NewPlan(int year, String title, @Nullable String reference) {
	}

	/** A new or changed target. */
	public record TargetDetails(String code, String label, BigDecimal amount, String unit, @Nullable String measure,
			@Nullable String note) {
	}

	/** A new or changed task. */
	public record TaskDetails(String number, String description, @Nullable String leadAgency,
			@Nullable String partners, @Nullable String leadAccount, @Nullable LocalDate deadline) {
	}

	/** A short line about a plan for lists. */
	public record PlanSummary(UUID id, int year, String title, int targets, int activities, long tasks, long late) {
	}

	/** Where a task sits: its plan's year and its activity. */
	public record TaskPlace(int year, int activityNumber, String activityTitle) {
	}

	/** A stored attachment to download. */
	public record StoredFile(String fileName, String contentType, InputStream content) {
	}

	private final Plans plans;
	private final PlanTasks tasks;
	private final PlanningAccess access;
	private final FileStorage storage;
	private final Clock clock;
	private final UploadPolicy attachmentPolicy;

	PlanManagement(Plans plans, PlanTasks tasks, PlanningAccess access, FileStorage storage, Clock clock,
			PlanningSettings settings) {
		this.plans = plans;
		this.tasks = tasks;
		this.access = access;
		this.storage = storage;
		this.clock = clock;
		this.attachmentPolicy = new UploadPolicy(ACCEPTED_CONTENT, settings.maxUpload(), "programme.attachment.empty",
				"programme.attachment.tooLarge", "programme.attachment.type", UploadPolicy::kindInWords, true,
				300);
	}

	@Transactional(readOnly = true)
	public List<PlanSummary> plans() {
		access.requireOfficer();
		LocalDate today = today();
		return plans.findAllByOrderByYearDesc().stream().map(p -> {
			var view = p.toView(today);
			return new PlanSummary(p.getId(), p.getYear(), p.getTitle(), view.targets().size(),
					view.activities().size(), view.taskCount(), view.lateTasks().size());
		}).toList();
	}

	@Transactional(readOnly = true)
	public PlanView plan(int year) {
		access.requireOfficer();
		return load(year).toView(today());
	}

	/** The plan of the year if there is one, without access checks (for the KPI dashboard's targets). */
	@Transactional(readOnly = true)
	java.util.Optional<PlanView> findPlan(int year) {
		return plans.findByYear(year).map(p -> p.toView(today()));
	}

	public PlanView create(NewPlan plan) {
		var user = access.requireOffice();
		if (plan.title() == null || plan.title().isBlank()) {
			throw BusinessRuleException.unprocessable("programme.plan.title.blank");
		}
		if (plans.existsByYear(plan.year())) {
			throw BusinessRuleException.conflict("programme.plan.exists", plan.year());
		}
		return plans.save(new Plan(plan.year(), plan.title(), plan.reference(), clock.instant(), user.username()))
				.toView(today());
	}

	/** Creates a plan from a data file (targets, activities and tasks); all or nothing. */
	public PlanView importPlan(InputStream json) {
		return create(PlanSeed.read(json));
	}

	/** Creates the Hà Tĩnh 2019 plan from the transcribed province document. */
	public PlanView loadHaTinh2019() {
		return create(PlanSeed.haTinh2019());
	}

	private PlanView create(PlanSeed seed) {
		var user = access.requireOffice();
		if (plans.existsByYear(seed.year())) {
			throw BusinessRuleException.conflict("programme.plan.exists", seed.year());
		}
		var plan = new Plan(seed.year(), seed.title(), seed.reference(), clock.instant(), user.username());
		for (var t : seed.targets()) {
			plan.addTarget(t.code(), t.label(), t.amount(), t.unit(), t.measure(), t.note());
		}
		for (var a : seed.activities()) {
			var activity = plan.addActivity(a.number(), a.title());
			for (var t : a.tasks()) {
				activity.addTask(t.number(), t.description(), t.lead(), t.partners(), t.deadline(), clock.instant());
			}
		}
		return plans.save(plan).toView(today());
	}

	public TargetView addTarget(int year, TargetDetails details) {
		access.requireOffice();
		requireText(details.code(), "code");
		requireText(details.label(), "label");
		requireText(details.unit(), "unit");
		var target = load(year).addTarget(details.code(), details.label(), details.amount(), details.unit(),
				details.measure(), details.note());
		return target.toView();
	}

	public TargetView changeTarget(int year, UUID targetId, TargetDetails details) {
		access.requireOffice();
		var target = load(year).getTargets().stream().filter(t -> t.getId().equals(targetId)).findFirst()
				.orElseThrow(() -> new NotFoundException("programme.target.notFound", targetId));
		if (details.amount().signum() < 0) {
			throw BusinessRuleException.unprocessable("programme.target.amount.negative");
		}
		target.change(details.label(), details.amount(), details.unit(), details.measure(), details.note());
		return target.toView();
	}

	public void removeTarget(int year, UUID targetId) {
		access.requireOffice();
		load(year).removeTarget(targetId);
	}

	public ActivityView addActivity(int year, int number, String title) {
		access.requireOffice();
		requireText(title, "title");
		var plan = load(year);
		plan.addActivity(number, title);
		plans.flush();
		return plan.getActivities().stream().filter(a -> a.getNumber() == number).findFirst().orElseThrow()
				.toView(today());
	}

	public TaskView addTask(int year, int activityNumber, TaskDetails details) {
		access.requireOffice();
		requireText(details.description(), "description");
		var activity = load(year).getActivities().stream().filter(a -> a.getNumber() == activityNumber).findFirst()
				.orElseThrow(() -> new NotFoundException("programme.activity.notFound", activityNumber));
		var task = activity.addTask(details.number(), details.description(), details.leadAgency(), details.partners(),
				details.deadline(), clock.instant());
		task.describe(details.description(), details.leadAgency(), details.partners(), details.leadAccount(),
				details.deadline());
		plans.flush();
		return task.toView(today());
	}

	/**
	 * A task that answers a difficulty raised in a monthly report (issue 18): the report shows it as what was done
	 * about the difficulty.
	 */
	public TaskView addTaskFromReport(int year, int activityNumber, TaskDetails details, UUID reportId,
			@Nullable String reportMonth) {
		var view = addTask(year, activityNumber, details);
		var task = loadTask(view.id());
		task.answers(reportId, reportMonth);
		plans.flush();
		return task.toView(today());
	}

	/** The tasks that answer a monthly report, without access checks (the report's page checks its reader). */
	@Transactional(readOnly = true)
	public List<TaskView> tasksAnswering(UUID reportId) {
		return tasks.findBySourceReportId(reportId).stream().map(t -> t.toView(today())).toList();
	}

	@Transactional(readOnly = true)
	public TaskView task(UUID taskId) {
		access.requireOfficer();
		return loadTask(taskId).toView(today());
	}

	@Transactional(readOnly = true)
	public TaskPlace placeOf(UUID taskId) {
		access.requireOfficer();
		var task = loadTask(taskId);
		var plan = plans.findByActivityId(task.getActivityId())
				.orElseThrow(() -> new NotFoundException("programme.task.notFound", taskId));
		var activity = plan.getActivities().stream().filter(a -> a.getId().equals(task.getActivityId())).findFirst()
				.orElseThrow();
		return new TaskPlace(plan.getYear(), activity.getNumber(), activity.getTitle());
	}

	public TaskView changeTask(UUID taskId, TaskDetails details) {
		access.requireOffice();
		var task = loadTask(taskId);
		task.describe(details.description(), details.leadAgency(), details.partners(), details.leadAccount(),
				details.deadline());
		return task.toView(today());
	}

	/** Moves a task to another status (the office or the task's lead account). */
	public TaskView moveTask(UUID taskId, TaskStatus status) {
		var task = loadTask(taskId);
		access.requireTaskReporter(task);
		task.moveTo(status, clock.instant());
		return task.toView(today());
	}

	/** Adds a progress note, optionally with the progress in per cent (the office or the task's lead account). */
	public TaskView report(UUID taskId, String note, @Nullable Integer progress) {
		var task = loadTask(taskId);
		var user = access.requireTaskReporter(task);
		task.report(user.username(), note, progress, clock.instant());
		return task.toView(today());
	}

	/** Attaches a file (PDF, image or office document, checked by its bytes) to a task. */
	public TaskView attach(UUID taskId, String fileName, InputStream content) throws IOException {
		var task = loadTask(taskId);
		var user = access.requireTaskReporter(task);
		var upload = CheckedUpload.read(fileName, content, attachmentPolicy, "tep-dinh-kem");
		byte[] bytes = upload.bytes();
		String detected = upload.contentType();
		String name = upload.fileName();
		String key = storage.store("programme", bytes);
		task.attach(name, detected, bytes.length, key, user.username(), clock.instant());
		return task.toView(today());
	}

	@Transactional(readOnly = true)
	public StoredFile attachment(UUID taskId, UUID attachmentId) {
		access.requireOfficer();
		var attachment = loadTask(taskId).getAttachments().stream().filter(a -> a.getId().equals(attachmentId))
				.findFirst().orElseThrow(() -> new NotFoundException("programme.attachment.notFound", attachmentId));
		try {
			return new StoredFile(attachment.getFileName(), attachment.getContentType(),
					storage.open(attachment.getStorageKey()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The late tasks of every plan on the day, oldest deadline first. */
	@Transactional(readOnly = true)
	public List<TaskView> lateTasks() {
		access.requireOfficer();
		LocalDate today = today();
		return tasks.findLate(today).stream().map(t -> t.toView(today)).toList();
	}

	private Plan load(int year) {
		return plans.findByYear(year).orElseThrow(() -> new NotFoundException("programme.plan.notFound", year));
	}

	private PlanTask loadTask(UUID id) {
		return tasks.findById(id).orElseThrow(() -> new NotFoundException("programme.task.notFound", id));
	}

	private static void requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.unprocessable("programme.field.required", field);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
