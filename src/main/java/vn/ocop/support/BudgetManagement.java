package vn.ocop.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.planning.ActivityView;
import vn.ocop.planning.PlanManagement;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * Budget lines per plan activity and funding source, contracts committed on them directly, and the year's
 * roll-ups by activity, source, district and product group.
 */
@Service
@Transactional
public class BudgetManagement {

	/** The key of rows without an area or a product group (contracts of the whole province). */
	public static final String NONE = "—";

	private final BudgetLines lines;
	private final Commitments commitments;
	private final SupportAccess access;
	private final PlanManagement plans;
	private final CriteriaApi criteria;
	private final Clock clock;

	BudgetManagement(BudgetLines lines, Commitments commitments, SupportAccess access, PlanManagement plans,
			CriteriaApi criteria, Clock clock) {
		this.lines = lines;
		this.commitments = commitments;
		this.access = access;
		this.plans = plans;
		this.criteria = criteria;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<BudgetLineView> lines(int year) {
		access.requireOfficer();
		return lines.findByYearOrderByActivityNumberAscSourceAsc(year).stream().map(BudgetLine::toView).toList();
	}

	/** Allocates money to an activity of the year's plan from a source (one line per activity and source). */
	public BudgetLineView allocate(int year, int activityNumber, FundingSource source, BigDecimal amount,
			@Nullable String note) {
		var user = access.requireOffice();
		if (source == null) {
			throw BusinessRuleException.unprocessable("support.field.required", SupportManagement.field("source"));
		}
		if (amount == null) {
			throw BusinessRuleException.unprocessable("support.field.required", SupportManagement.field("allocated"));
		}
		ActivityView activity = plans.plan(year).activities().stream().filter(a -> a.number() == activityNumber)
				.findFirst().orElseThrow(() -> BusinessRuleException.unprocessable("support.budget.noActivity",
						activityNumber, year));
		var existing = lines.findByActivityIdAndSource(activity.id(), source);
		if (existing.isPresent()) {
			var line = lines.lock(existing.get().getId()).orElseThrow();
			line.allocate(amount, note);
			return line.toView();
		}
		return lines.save(new BudgetLine(year, activity.id(), activity.number(), activity.title(), source, amount, note,
				clock.instant(), user.username())).toView();
	}

	/** Changes a line's allocation (never below what is committed on it). */
	public BudgetLineView reallocate(UUID lineId, BigDecimal amount, @Nullable String note) {
		access.requireOffice();
		var line = lines.lock(lineId).orElseThrow(() -> new NotFoundException("support.budget.notFound"));
		line.allocate(amount, note);
		return line.toView();
	}

	/** A contract the office commits on a line directly (e.g. a fair's booths), checked against the line. */
	public CommitmentView contract(UUID lineId, String description, BigDecimal amount, @Nullable String areaCode,
			@Nullable String productSetCode, @Nullable LocalDate on) {
		var user = access.requireOffice();
		SupportManagement.require(description, "description");
		if (amount == null || amount.signum() <= 0) {
			throw BusinessRuleException.unprocessable("support.amount.positive", SupportManagement.field("amount"));
		}
		LocalDate day = on == null ? LocalDate.now(clock) : on;
		var line = lines.lock(lineId).orElseThrow(() -> new NotFoundException("support.budget.notFound"));
		BigDecimal whole = BudgetLine.whole(amount);
		line.commit(whole);
		return view(commitments.save(new Commitment(line.getId(), null, Commitment.Kind.CONTRACT, description.strip(),
				SupportItem.blankToNull(areaCode), SupportItem.blankToNull(productSetCode), whole, day, user.username())));
	}

	/** A payment under a contract. */
	public CommitmentView payContract(UUID commitmentId, BigDecimal amount, @Nullable LocalDate on) {
		access.requireOffice();
		var commitment = commitments.findById(commitmentId)
				.orElseThrow(() -> new NotFoundException("support.commitment.notFound"));
		if (commitment.getKind() != Commitment.Kind.CONTRACT) {
			throw BusinessRuleException.conflict("support.commitment.throughRequest");
		}
		LocalDate day = on == null ? LocalDate.now(clock) : on;
		BigDecimal paid = BudgetLine.whole(amount == null ? BigDecimal.ZERO : amount);
		var line = lines.lock(commitment.getLineId()).orElseThrow();
		commitment.disburse(paid, day);
		line.disburse(paid);
		return view(commitment);
	}

	/** The year's budget rolled up by activity, source, district and product group. */
	@Transactional(readOnly = true)
	public BudgetRollup rollup(int year) {
		access.requireOfficer();
		var yearLines = lines.findByYearOrderByActivityNumberAscSourceAsc(year);
		Map<UUID, BudgetLine> byId = yearLines.stream().collect(Collectors.toMap(BudgetLine::getId, Function.identity()));
		var yearCommitments = commitments.ofYear(year);
		BigDecimal allocated = BigDecimal.ZERO;
		BigDecimal committed = BigDecimal.ZERO;
		BigDecimal disbursed = BigDecimal.ZERO;
		Map<String, BigDecimal[]> activities = new LinkedHashMap<>();
		Map<String, String> activityLabels = new LinkedHashMap<>();
		Map<String, BigDecimal[]> sources = new LinkedHashMap<>();
		for (FundingSource source : FundingSource.values()) {
			sources.put(source.name(), zeros());
		}
		for (BudgetLine line : yearLines) {
			var view = line.toView();
			allocated = allocated.add(view.allocated());
			String activity = String.valueOf(view.activityNumber());
			activityLabels.putIfAbsent(activity, view.activityTitle());
			add(activities.computeIfAbsent(activity, k -> zeros()), view.allocated(), BigDecimal.ZERO, BigDecimal.ZERO);
			add(sources.get(view.source().name()), view.allocated(), BigDecimal.ZERO, BigDecimal.ZERO);
		}
		Map<String, BigDecimal[]> areas = new LinkedHashMap<>();
		Map<String, BigDecimal[]> groups = new LinkedHashMap<>();
		for (Commitment c : yearCommitments) {
			BudgetLine line = byId.get(c.getLineId());
			committed = committed.add(c.getAmount());
			disbursed = disbursed.add(c.getDisbursed());
			add(activities.get(String.valueOf(line.getActivityNumber())), BigDecimal.ZERO, c.getAmount(), c.getDisbursed());
			add(sources.get(line.getSource().name()), BigDecimal.ZERO, c.getAmount(), c.getDisbursed());
			add(areas.computeIfAbsent(c.getAreaCode() == null ? NONE : c.getAreaCode(), k -> zeros()), BigDecimal.ZERO,
					c.getAmount(), c.getDisbursed());
			add(groups.computeIfAbsent(groupOf(c.getProductSetCode()), k -> zeros()), BigDecimal.ZERO, c.getAmount(),
					c.getDisbursed());
		}
		LocalDate on = LocalDate.of(year, 12, 31);
		List<BudgetRollup.Row> byActivity = rows(activities, k -> k + ". " + activityLabels.get(k), true);
		List<BudgetRollup.Row> bySource = rows(sources, k -> k, true);
		List<BudgetRollup.Row> byArea = rows(areas, k -> NONE.equals(k) ? NONE : access.areaName(k, on), false);
		List<BudgetRollup.Row> byGroup = rows(groups, k -> NONE.equals(k) ? NONE : groupName(k), false);
		return new BudgetRollup(year, new BudgetRollup.Totals(allocated, committed, disbursed), byActivity, bySource,
				byArea, byGroup, yearLines.stream().map(BudgetLine::toView).toList(),
				yearCommitments.stream().sorted(Comparator.comparing(Commitment::getCommittedOn)).map(BudgetManagement::view)
						.toList());
	}

	private String groupOf(@Nullable String productSetCode) {
		if (productSetCode == null) {
			return NONE;
		}
		return criteria.productSet(productSetCode).map(s -> s.groupCode()).orElse(productSetCode);
	}

	private String groupName(String groupCode) {
		return criteria.regulations().stream().flatMap(r -> criteria.productSets(r.code()).stream())
				.filter(s -> s.groupCode().equals(groupCode)).map(s -> s.groupName()).findFirst().orElse(groupCode);
	}

	private static BigDecimal[] zeros() {
		return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
	}

	private static void add(BigDecimal[] sums, BigDecimal allocated, BigDecimal committed, BigDecimal disbursed) {
		sums[0] = sums[0].add(allocated);
		sums[1] = sums[1].add(committed);
		sums[2] = sums[2].add(disbursed);
	}

	private static List<BudgetRollup.Row> rows(Map<String, BigDecimal[]> sums, Function<String, String> label,
			boolean withAllocation) {
		List<BudgetRollup.Row> rows = new ArrayList<>();
		sums.forEach((key, s) -> rows.add(new BudgetRollup.Row(key, label.apply(key), withAllocation ? s[0] : null, s[1],
				s[2])));
		return rows;
	}

	static CommitmentView view(Commitment c) {
		return new CommitmentView(c.getId(), c.getLineId(), c.getRequestId(), c.getKind().name(), c.getDescription(),
				c.getAreaCode(), c.getProductSetCode(), c.getAmount(), c.getDisbursed(), c.getCommittedOn(),
				c.getDisbursedOn());
	}
}
