package vn.ocop.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Support items and support requests: the office's catalogue of what the plan pays for, and each request's way
 * from application to the reported result. Approval checks the item's ceiling and commits the amount on the budget
 * line in the same transaction, under a lock on the line, so that the line can never be over-committed.
 */
@Service
@Transactional
public class SupportManagement {

	private final SupportItems items;
	private final SupportRequests requests;
	private final BudgetLines lines;
	private final Commitments commitments;
	private final IpRegistrations registrations;
	private final SupportAccess access;
	private final ProductLifecycle products;
	private final RegistryManagement registry;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SupportManagement(SupportItems items, SupportRequests requests, BudgetLines lines, Commitments commitments,
			IpRegistrations registrations, SupportAccess access, ProductLifecycle products, RegistryManagement registry,
			ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.requests = requests;
		this.lines = lines;
		this.commitments = commitments;
		this.registrations = registrations;
		this.access = access;
		this.products = products;
		this.registry = registry;
		this.events = events;
		this.clock = clock;
	}

	/** A field's name in the reader's language, as an argument of a message. */
	static org.springframework.context.MessageSourceResolvable field(String name) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "support.field." + name }, name);
	}

	static String require(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.unprocessable("support.field.required", field(field));
		}
		return value.strip();
	}

	// ---------------------------------------------------------------- requests

	/** The requests the user may see: all for the office, the area's for officers, their own for producers. */
	@Transactional(readOnly = true)
	public List<SupportRequestView> requests(@Nullable RequestStatus status) {
		var user = access.user();
		List<SupportRequest> found;
		if (user.has(Role.PRODUCER) && !SupportAccess.isOfficer(user)) {
			var mine = registry.producersManagedBy(user.username()).stream().map(ProducerSummary::id).toList();
			found = mine.isEmpty() ? List.of() : requests.findByProducerIdInOrderByAppliedOnDescNumberDesc(mine);
		}
		else if (SupportAccess.isOfficer(user)) {
			found = requests.findAllByOrderByAppliedOnDescNumberDesc().stream()
					.filter(r -> access.actsFor(user, r.getProductId(), r.getUnitAt())).toList();
		}
		else {
			throw new AccessDeniedException("Officers and producers only");
		}
		return views(found.stream().filter(r -> status == null || r.getStatus() == status).toList());
	}

	@Transactional(readOnly = true)
	public SupportRequestView request(UUID id) {
		var request = load(id);
		var user = access.user();
		if (!access.seesRequest(user, request.getProductId(), request.getUnitAt())) {
			throw new AccessDeniedException("Request outside the user's scope");
		}
		return request.toView(loadItem(request.getItemId()));
	}

	/** The requests raised from one monthly report. */
	@Transactional(readOnly = true)
	public List<SupportRequestView> requestsOfReport(UUID reportId) {
		access.requireOfficer();
		return views(requests.findByReportId(reportId));
	}

	/** Whether the signed-in user checks this request now (the commune or district officer in force). */
	@Transactional(readOnly = true)
	public boolean mayCheck(UUID id) {
		var request = load(id);
		return request.getStatus() == RequestStatus.APPLIED
				&& access.mayCheck(request.getUnitAt(), today());
	}

	/**
	 * Applies for an item for a product. Refused when the producer's legal form may not apply, when the amount is
	 * over the item's ceiling for the cost, or when the budget line that would pay it this year cannot carry it.
	 */
	public SupportRequestView apply(SupportApplication application, @Nullable String reportMonth) {
		var item = loadItem(application.itemId());
		ProductSummary product = products.summary(application.productId());
		var user = access.requireActsFor(product.id(), product.unitAt());
		if (!item.isActive()) {
			throw BusinessRuleException.conflict("support.item.inactive", item.getName());
		}
		ProducerSummary producer = products.producer(product.producerId());
		if (!item.mayApply(producer.legalForm())) {
			throw BusinessRuleException.unprocessable("support.request.notEligible", item.getName(),
					producer.legalForm().name());
		}
		require(application.purpose(), "purpose");
		BigDecimal cost = positive(application.costEstimate(), "costEstimate");
		BigDecimal requested = positive(application.requestedAmount(), "requestedAmount");
		checkCeiling(item, cost, requested);
		var line = defaultLine(item, today().getYear());
		if (line != null) {
			line.requireRoom(requested);
		}
		String prefix = "HT" + today().getYear() + "-";
		String number = prefix + String.format("%04d", requests.countByNumberStartingWith(prefix) + 1);
		var subject = new SupportRequest.Subject(product.id(), product.name(), producer.id(), producer.name(),
				product.unitAt(), access.areaOf(product.unitAt()),
				product.productSetCode());
		var request = requests.save(new SupportRequest(number, item, subject, application.purpose(), cost, requested,
				application.reportId(), reportMonth, today(), clock.instant(), user.username()));
		events.publishEvent(moved(request, item));
		return request.toView(item);
	}

	/** The check of the commune or district in force: endorsed, or not with the reason. */
	public SupportRequestView check(UUID id, boolean endorsed, @Nullable String note) {
		var request = load(id);
		var user = access.requireChecker(request.getUnitAt(), today());
		request.check(endorsed, note, clock.instant(), user.username());
		return told(request);
	}

	/**
	 * The office approves: the amount (at most the requested one and the item's ceiling) is committed on the budget
	 * line (the given one, else the item's activity and source of the decision's year) under a row lock, in this
	 * transaction; a line that cannot carry it refuses with the remaining amount.
	 */
	public SupportRequestView approve(UUID id, @Nullable BigDecimal amount, String decisionNumber,
			@Nullable LocalDate decidedOn, @Nullable UUID budgetLineId, @Nullable String note) {
		var user = access.requireOffice();
		require(decisionNumber, "decisionNumber");
		var request = load(id);
		var item = loadItem(request.getItemId());
		if (request.getStatus() != RequestStatus.CHECKED) {
			throw BusinessRuleException.conflict("support.request.transition", request.getNumber(),
					request.getStatus().name(), RequestStatus.APPROVED.name());
		}
		BigDecimal granted = amount == null ? request.getRequestedAmount() : BudgetLine.whole(positive(amount, "amount"));
		if (granted.compareTo(request.getRequestedAmount()) > 0) {
			throw BusinessRuleException.unprocessable("support.request.overRequested", BudgetLine.money(granted),
					BudgetLine.money(request.getRequestedAmount()));
		}
		checkCeiling(item, request.getCostEstimate(), granted);
		LocalDate on = decidedOn == null ? today() : decidedOn;
		if (on.isAfter(today())) {
			throw BusinessRuleException.unprocessable("support.date.future");
		}
		UUID lineId = budgetLineId;
		if (lineId == null) {
			var line = defaultLine(item, on.getYear());
			if (line == null) {
				throw BusinessRuleException.conflict("support.budget.noLine", item.getName(), on.getYear(),
						item.getActivityNumber() == null ? "—" : item.getActivityNumber(), item.getFundingSource().name());
			}
			lineId = line.getId();
		}
		var line = lines.lock(lineId).orElseThrow(() -> new NotFoundException("support.budget.notFound"));
		line.commit(granted);
		commitments.save(new Commitment(line.getId(), request.getId(), Commitment.Kind.REQUEST,
				request.getNumber() + " · " + item.getName() + " · " + request.getProductName(), request.getAreaCode(),
				request.getProductSetCode(), granted, on, user.username()));
		request.approve(granted, decisionNumber, on, line.getId(), clock.instant(), user.username(), note);
		return told(request);
	}

	/** The office refuses with the reason (and the decision number, if one was issued). */
	public SupportRequestView refuse(UUID id, String reason, @Nullable String decisionNumber,
			@Nullable LocalDate decidedOn) {
		var user = access.requireOffice();
		var request = load(id);
		LocalDate on = decidedOn == null ? today() : decidedOn;
		request.refuse(reason, decisionNumber, on, clock.instant(), user.username());
		return told(request);
	}

	/** The office records what was paid and when; the commitment and the line record it too. */
	public SupportRequestView disburse(UUID id, BigDecimal amount, @Nullable LocalDate paidOn) {
		var user = access.requireOffice();
		var request = load(id);
		LocalDate on = paidOn == null ? today() : paidOn;
		if (on.isAfter(today())) {
			throw BusinessRuleException.unprocessable("support.date.future");
		}
		BigDecimal paid = BudgetLine.whole(positive(amount, "amount"));
		request.disburse(paid, on, clock.instant(), user.username());
		var commitment = commitments.findByRequestId(id).orElseThrow();
		var line = lines.lock(commitment.getLineId()).orElseThrow();
		commitment.disburse(paid, on);
		line.disburse(paid);
		return told(request);
	}

	/**
	 * The producer (or an officer) reports the result, e.g. the IP application's number; for an IP registration item
	 * with a reference the application is recorded on the product as filed on the result's day.
	 */
	public SupportRequestView report(UUID id, String note, @Nullable String reference, @Nullable LocalDate on) {
		var request = load(id);
		var user = access.requireActsFor(request.getProductId(), request.getUnitAt());
		require(note, "resultNote");
		LocalDate day = on == null ? today() : on;
		if (day.isAfter(today())) {
			throw BusinessRuleException.unprocessable("support.date.future");
		}
		request.report(note, reference, day, clock.instant(), user.username());
		var item = loadItem(request.getItemId());
		if (item.getCategory() == SupportCategory.IP_REGISTRATION && reference != null && !reference.isBlank()) {
			ProductSummary product = products.summary(request.getProductId());
			var registration = new IpRegistration(new IpDetails(product.id(), IpType.TRADEMARK, product.name(),
					products.producer(product.producerId()).name(), reference.strip(), day, null), product.name(),
					product.producerId(), product.unitAt(), request.getId(), today(),
					clock.instant(), user.username());
			registrations.save(registration);
		}
		return told(request);
	}

	// ---------------------------------------------------------------- helpers

	private static void checkCeiling(SupportItem item, BigDecimal cost, BigDecimal amount) {
		if (amount.compareTo(cost) > 0) {
			throw BusinessRuleException.unprocessable("support.request.overCost", BudgetLine.money(amount),
					BudgetLine.money(cost));
		}
		BigDecimal most = item.ceilingFor(cost);
		if (amount.compareTo(most) > 0) {
			throw new BusinessRuleException(BusinessRuleException.Kind.UNPROCESSABLE, Map.of("ceiling", most),
					"support.request.overCeiling", BudgetLine.money(amount), item.getName(), BudgetLine.money(most));
		}
	}

	private @Nullable BudgetLine defaultLine(SupportItem item, int year) {
		if (item.getActivityNumber() == null) {
			return null;
		}
		return lines.findByYearAndActivityNumberAndSource(year, item.getActivityNumber(), item.getFundingSource())
				.orElse(null);
	}

	private static BigDecimal positive(@Nullable BigDecimal value, String field) {
		if (value == null) {
			throw BusinessRuleException.unprocessable("support.field.required", field(field));
		}
		if (value.signum() <= 0) {
			throw BusinessRuleException.unprocessable("support.amount.positive", field(field));
		}
		return value;
	}

	/** The request's view after a step, the step published for whom it concerns. */
	private SupportRequestView told(SupportRequest request) {
		var item = loadItem(request.getItemId());
		events.publishEvent(moved(request, item));
		return request.toView(item);
	}

	private static SupportRequestMoved moved(SupportRequest request, SupportItem item) {
		return new SupportRequestMoved(request.getId(), request.getNumber(), request.getProducerId(), item.getName(),
				request.getProductName(), request.getStatus());
	}

	private List<SupportRequestView> views(List<SupportRequest> found) {
		Map<UUID, SupportItem> byId = items.findAllById(found.stream().map(SupportRequest::getItemId)
				.collect(Collectors.toSet())).stream().collect(Collectors.toMap(SupportItem::getId, Function.identity()));
		return found.stream().map(r -> r.toView(byId.get(r.getItemId()))).toList();
	}

	private SupportItem loadItem(UUID id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("support.item.notFound", id));
	}

	private SupportRequest load(UUID id) {
		return requests.findById(id).orElseThrow(() -> new NotFoundException("support.request.notFound", id));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	static String month(LocalDate day) {
		return YearMonth.from(day).toString();
	}

	static final Comparator<SupportRequestView> NEWEST = Comparator.comparing(SupportRequestView::appliedOn).reversed();

	static final Set<RequestStatus> COMMITTED = Set.of(RequestStatus.APPROVED, RequestStatus.DISBURSED,
			RequestStatus.REPORTED);

	CurrentUser currentUser() {
		return access.user();
	}
}
