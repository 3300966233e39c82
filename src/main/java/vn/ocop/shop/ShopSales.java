package vn.ocop.shop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.geography.UnitAt;

/**
 * The marketplace's sales in figures, for the provincial office, the producers' own pages and the programme's KPI
 * dashboard: per month (orders placed, orders delivered and their revenue) and totals by producer, product group
 * and district-level unit. Months are reckoned in the application's time zone. Aggregates only: no buyer data.
 */
@Service
public class ShopSales {

	private final ShopOrders orders;
	private final ShopAccess access;
	private final CriteriaApi criteria;
	private final GeographyApi geography;
	private final Clock clock;

	ShopSales(ShopOrders orders, ShopAccess access, CriteriaApi criteria, GeographyApi geography, Clock clock) {
		this.orders = orders;
		this.access = access;
		this.criteria = criteria;
		this.geography = geography;
		this.clock = clock;
	}

	/** The twelve months of the year across all producers: orders, deliveries and delivered revenue. */
	@Transactional(readOnly = true)
	public List<SalesReport.Month> salesByMonth(int year) {
		return report(year, o -> true).months();
	}

	/** The whole report of the year across all producers (months and the three breakdowns). */
	@Transactional(readOnly = true)
	public SalesReport report(int year) {
		return report(year, o -> true);
	}

	/** The whole report of the year, for the provincial office only (the pages and the export). */
	@Transactional(readOnly = true)
	public SalesReport officeReport(int year) {
		access.requireOffice();
		return report(year, o -> true);
	}

	/** The report of one producer, for its accounts and the provincial office. */
	@Transactional(readOnly = true)
	public SalesReport producerReport(UUID producerId, int year) {
		access.requireManage(producerId);
		return report(year, o -> o.getProducerId().equals(producerId));
	}

	/** The report over the producers the signed-in account acts for (all of them for the provincial office). */
	@Transactional(readOnly = true)
	public SalesReport myReport(int year) {
		var user = access.user();
		if (ShopAccess.isOffice(user)) {
			return report(year, o -> true);
		}
		var own = access.ownProducers(user);
		return report(year, o -> own.contains(o.getProducerId()));
	}

	public int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	private SalesReport report(int year, Predicate<ShopOrder> included) {
		ZoneId zone = clock.getZone();
		var from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone).toInstant();
		var to = ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, zone).toInstant();
		long[] placed = new long[13];
		long[] delivered = new long[13];
		long[] revenue = new long[13];
		Map<String, long[]> producers = new LinkedHashMap<>();
		Map<String, String> producerNames = new HashMap<>();
		Map<String, long[]> groups = new LinkedHashMap<>();
		Map<String, long[]> districts = new LinkedHashMap<>();
		Map<String, String> districtNames = new HashMap<>();
		Map<String, String> groupNames = new HashMap<>();
		Map<UnitAt, String> districtOfCommune = new HashMap<>();
		for (ShopOrder order : orders.touching(from, to)) {
			if (!included.test(order)) {
				continue;
			}
			boolean countsPlaced = order.getStatus() != OrderStatus.CANCELLED && !order.getPlacedAt().isBefore(from)
					&& order.getPlacedAt().isBefore(to);
			boolean countsDelivered = order.getDeliveredAt() != null && !order.getDeliveredAt().isBefore(from)
					&& order.getDeliveredAt().isBefore(to);
			if (!countsPlaced && !countsDelivered) {
				continue;
			}
			String producerKey = order.getProducerId().toString();
			producerNames.put(producerKey, order.getProducerName());
			String districtKey = districtOfCommune.computeIfAbsent(order.getProducerUnit(),
					k -> district(order, districtNames));
			if (countsPlaced) {
				placed[order.getPlacedAt().atZone(zone).getMonthValue()]++;
				producers.computeIfAbsent(producerKey, k -> new long[2])[0]++;
				districts.computeIfAbsent(districtKey, k -> new long[2])[0]++;
			}
			if (countsDelivered) {
				int month = order.getDeliveredAt().atZone(zone).getMonthValue();
				delivered[month]++;
				revenue[month] = Math.addExact(revenue[month], order.getTotalVnd());
				add(producers.computeIfAbsent(producerKey, k -> new long[2]), order.getTotalVnd());
				add(districts.computeIfAbsent(districtKey, k -> new long[2]), order.getTotalVnd());
			}
			// product groups: an order counts once per group it holds; revenue by its lines
			Map<String, Long> perGroup = new LinkedHashMap<>();
			for (OrderLine line : order.lines()) {
				String group = groupNames.computeIfAbsent(line.getProductSetCode(), this::groupOf);
				perGroup.merge(group, line.getLineTotalVnd(), Math::addExact);
			}
			perGroup.forEach((group, amount) -> {
				long[] totals = groups.computeIfAbsent(group, k -> new long[2]);
				if (countsPlaced) {
					totals[0]++;
				}
				if (countsDelivered) {
					add(totals, amount);
				}
			});
		}
		List<SalesReport.Month> months = new ArrayList<>();
		long orderCount = 0;
		long revenueTotal = 0;
		for (int m = 1; m <= 12; m++) {
			months.add(new SalesReport.Month(m, placed[m], delivered[m], revenue[m]));
			orderCount += placed[m];
			revenueTotal = Math.addExact(revenueTotal, revenue[m]);
		}
		return new SalesReport(year, months, rows(producers, producerNames), rows(groups, null),
				rows(districts, districtNames), orderCount, revenueTotal);
	}

	private static void add(long[] totals, long amount) {
		totals[1] = Math.addExact(totals[1], amount);
	}

	private static List<SalesReport.Row> rows(Map<String, long[]> totals, Map<String, String> names) {
		return totals.entrySet().stream()
				.map(e -> new SalesReport.Row(e.getKey(), names == null ? e.getKey() : names.getOrDefault(e.getKey(), e.getKey()),
						e.getValue()[0], e.getValue()[1]))
				.sorted(Comparator.comparingLong(SalesReport.Row::deliveredRevenueVnd).reversed()
						.thenComparing(Comparator.comparingLong(SalesReport.Row::orders).reversed())
						.thenComparing(SalesReport.Row::name))
				.toList();
	}

	/** The product group (nhóm sản phẩm) of a product set, by its name in the regulation's taxonomy. */
	private String groupOf(String productSetCode) {
		return criteria.productSet(productSetCode).map(ProductSet::groupName).orElse(productSetCode);
	}

	/** The district-level unit of the producer's commune when it was registered; the province if there was none. */
	private String district(ShopOrder order, Map<String, String> names) {
		List<Unit> lineage = geography.lineage(order.getProducerUnit());
		Unit unit = lineage.stream().filter(u -> u.level() == UnitLevel.DISTRICT).findFirst()
				.orElse(lineage.stream().filter(u -> u.level() == UnitLevel.PROVINCE).findFirst().orElse(null));
		if (unit == null) {
			names.put(order.getProducerUnit().code(), order.getProducerUnit().code());
			return order.getProducerUnit().code();
		}
		names.put(unit.code(), unit.name());
		return unit.code();
	}
}
