package vn.ocop.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.kpi.CountedKind;
import vn.ocop.kpi.KpiInput;
import vn.ocop.kpi.KpiMeasure;
import vn.ocop.kpi.Measurement;

/**
 * The support indicators of the KPI dashboard (issue 18), each counted by the date of its own step: requests by the
 * day they were filed, approvals by the day of the office's decision, money by the day it was paid (by funding
 * source, contracts included), IP applications by filing day and titles by the day granted.
 */
final class SupportMeasures {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private SupportMeasures() {
	}

	static boolean inYear(@Nullable LocalDate day, int year) {
		return day != null && day.getYear() == year;
	}

	/** Support requests filed in the year, by where they stand now. */
	@Component
	static class RequestsFiled implements KpiMeasure {

		private final SupportRequests requests;

		RequestsFiled(SupportRequests requests) {
			this.requests = requests;
		}

		public String code() {
			return "SUPPORT_REQUESTS";
		}

		public String unitCode() {
			return "programme.unit.requests";
		}

		public int order() {
			return 60;
		}

		@Transactional(readOnly = true)
		public Measurement measure(KpiInput input) {
			var tally = input.tally();
			for (RequestStatus status : RequestStatus.values()) {
				tally.keys("support.status." + status);
			}
			for (SupportRequest r : requests.findAll()) {
				if (inYear(r.getAppliedOn(), input.year())) {
					tally.add(CountedKind.SUPPORT_REQUEST, r.getId(), r.getUnitAt().code(), r.getProductSetCode(), r.getAppliedOn(), "support.status." + r.getStatus());
				}
			}
			return tally.done();
		}
	}

	/** Support requests the office approved in the year (by the decision's day), by support category. */
	@Component
	static class RequestsApproved implements KpiMeasure {

		private final SupportRequests requests;
		private final SupportItems items;

		RequestsApproved(SupportRequests requests, SupportItems items) {
			this.requests = requests;
			this.items = items;
		}

		public String code() {
			return "SUPPORT_APPROVED";
		}

		public String unitCode() {
			return "programme.unit.requests";
		}

		public int order() {
			return 61;
		}

		@Transactional(readOnly = true)
		public Measurement measure(KpiInput input) {
			Map<java.util.UUID, SupportItem> byId = items.findAll().stream()
					.collect(Collectors.toMap(SupportItem::getId, Function.identity()));
			var tally = input.tally();
			for (SupportRequest r : requests.findAll()) {
				boolean approved = r.getStatus() == RequestStatus.APPROVED || r.getStatus() == RequestStatus.DISBURSED
						|| r.getStatus() == RequestStatus.REPORTED;
				if (approved && inYear(r.getDecidedOn(), input.year())) {
					SupportItem item = byId.get(r.getItemId());
					tally.add(CountedKind.SUPPORT_REQUEST, r.getId(), r.getUnitAt().code(), r.getProductSetCode(), r.getDecidedOn(),
							item == null ? null : "support.category." + item.getCategory());
				}
			}
			return tally.done();
		}
	}

	/** Money paid out in the year, on requests and contracts, by funding source (millions of đồng). */
	@Component
	static class Disbursed implements KpiMeasure {

		private final Commitments commitments;
		private final BudgetLines lines;

		Disbursed(Commitments commitments, BudgetLines lines) {
			this.commitments = commitments;
			this.lines = lines;
		}

		public String code() {
			return "SUPPORT_DISBURSED";
		}

		public String unitCode() {
			return "programme.unit.millionVnd";
		}

		public int order() {
			return 62;
		}

		@Transactional(readOnly = true)
		public Measurement measure(KpiInput input) {
			Map<java.util.UUID, FundingSource> sources = lines.findAll().stream()
					.collect(Collectors.toMap(BudgetLine::getId, BudgetLine::getSource));
			Map<String, BigDecimal> bySource = new LinkedHashMap<>();
			for (FundingSource source : FundingSource.values()) {
				bySource.put("support.source." + source, BigDecimal.ZERO);
			}
			BigDecimal[] perMonth = new BigDecimal[12];
			java.util.Arrays.fill(perMonth, BigDecimal.ZERO);
			BigDecimal total = BigDecimal.ZERO;
			for (Commitment c : commitments.findAll()) {
				BigDecimal paid = c.getDisbursed();
				if (paid == null || paid.signum() == 0 || !inYear(c.getDisbursedOn(), input.year())) {
					continue;
				}
				total = total.add(paid);
				bySource.merge("support.source." + sources.getOrDefault(c.getLineId(), FundingSource.OTHER), paid,
						BigDecimal::add);
				perMonth[c.getDisbursedOn().getMonthValue() - 1] = perMonth[c.getDisbursedOn().getMonthValue() - 1].add(paid);
			}
			List<BigDecimal> running = new ArrayList<>();
			BigDecimal sum = BigDecimal.ZERO;
			for (BigDecimal month : perMonth) {
				sum = sum.add(month);
				running.add(millions(sum));
			}
			Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
			bySource.forEach((k, v) -> breakdown.put(k, millions(v)));
			return new Measurement(true, millions(total), Map.of(), Map.of(), breakdown, running);
		}

		static BigDecimal millions(BigDecimal vnd) {
			return vnd.divide(MILLION, 1, RoundingMode.HALF_UP);
		}
	}

	/** IP applications filed in the year (by filing day), by type of title. */
	@Component
	static class IpFiled implements KpiMeasure {

		private final IpRegistrations registrations;

		IpFiled(IpRegistrations registrations) {
			this.registrations = registrations;
		}

		public String code() {
			return "IP_FILED";
		}

		public String unitCode() {
			return "programme.unit.applications";
		}

		public int order() {
			return 63;
		}

		@Transactional(readOnly = true)
		public Measurement measure(KpiInput input) {
			var tally = input.tally();
			for (IpRegistration r : registrations.findAll()) {
				if (inYear(r.getFilingDate(), input.year())) {
					tally.add(CountedKind.IP_APPLICATION, r.getId(), r.getUnitAt().code(), null, r.getFilingDate(), "support.ipType." + r.getType());
				}
			}
			return tally.done();
		}
	}

	/** IP titles granted in the year (by the day granted), by type of title. */
	@Component
	static class IpGranted implements KpiMeasure {

		private final IpRegistrations registrations;

		IpGranted(IpRegistrations registrations) {
			this.registrations = registrations;
		}

		public String code() {
			return "IP_GRANTED";
		}

		public String unitCode() {
			return "programme.unit.titles";
		}

		public int order() {
			return 64;
		}

		@Transactional(readOnly = true)
		public Measurement measure(KpiInput input) {
			var tally = input.tally();
			for (IpRegistration r : registrations.findAll()) {
				if (inYear(r.getGrantedOn(), input.year())) {
					tally.add(CountedKind.IP_APPLICATION, r.getId(), r.getUnitAt().code(), null, r.getGrantedOn(), "support.ipType." + r.getType());
				}
			}
			return tally.done();
		}
	}
}
