package vn.ocop.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.ocop.certification.CertificationFacts.CertificateFact;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.RegistryFacts.ProducerFact;
import vn.ocop.registry.RegistryFacts.ProductFact;
import vn.ocop.outreach.PilotView;
import vn.ocop.outreach.OutletView;

/**
 * The records a {@link KpiMeasure} counts from, for one year, each read once per dashboard (lazily, shared by all
 * measures) so that the whole dashboard costs a handful of queries.
 */
public final class KpiInput {

	/** A participant who completed a training course of the year. */
	public record Completion(@Nullable String username, @Nullable UUID producerId, @Nullable String communeCode,
			@Nullable LocalDate completedOn) {
	}

	/** An officer account (cán bộ tham mưu) with the unit it is bound to. */
	public record Official(String username, String unitCode) {
	}

	private final int year;
	private final LocalDate today;
	private final boolean detailed;
	private final Lazy<List<ProductFact>> products;
	private final Lazy<List<ProductFact>> allProducts;
	private final Lazy<List<ProducerFact>> producers;
	private final Lazy<List<CertificateFact>> certificates;
	private final Lazy<List<Completion>> completions;
	private final Lazy<List<Official>> officials;
	private final Lazy<List<OutletView>> outlets;
	private final Lazy<List<PilotView>> pilots;
	private final Lazy<Map<UUID, ProductFact>> productsById;
	private final Lazy<Set<UUID>> participatingProducers;
	private final Lazy<List<ProductFact>> takingPart;
	private final Map<String, Object> derived = new java.util.HashMap<>();

	KpiInput(int year, LocalDate today, boolean detailed, Supplier<List<ProductFact>> allProducts,
			Supplier<List<ProducerFact>> producers, Supplier<List<CertificateFact>> certificates,
			Supplier<List<Completion>> completions, Supplier<List<Official>> officials,
			Supplier<List<OutletView>> outlets, Supplier<List<PilotView>> pilots) {
		this.year = year;
		this.today = today;
		this.detailed = detailed;
		this.allProducts = new Lazy<>(allProducts);
		this.products = new Lazy<>(() -> this.allProducts.get().stream().filter(p -> p.cycleYear() == year).toList());
		this.producers = new Lazy<>(producers);
		this.certificates = new Lazy<>(certificates);
		this.completions = new Lazy<>(completions);
		this.officials = new Lazy<>(officials);
		this.outlets = new Lazy<>(outlets);
		this.pilots = new Lazy<>(pilots);
		this.productsById = new Lazy<>(() -> this.allProducts.get().stream()
				.collect(Collectors.toMap(ProductFact::id, Function.identity())));
		// the year's cycle, and the products of earlier cycles whose re-evaluation or upgrade was filed in the year
		this.takingPart = new Lazy<>(() -> java.util.stream.Stream.concat(products().stream().filter(KpiInput::takesPart),
				this.allProducts.get().stream().filter(p -> p.renewalFiledIn(year) && p.status() != ProductStatus.WITHDRAWN))
				.toList());
		this.participatingProducers = new Lazy<>(() -> takingPart().stream().map(ProductFact::producerId)
				.collect(Collectors.toSet()));
	}

	public int year() {
		return year;
	}

	/** Whether the split by commune and product set is wanted (a drill-down), or only the numbers (the dashboard). */
	public boolean detailed() {
		return detailed;
	}

	/** A tally for the year, with the splits only when {@link #detailed()}. */
	public Measurement.Tally tally() {
		return Measurement.tally(year, detailed);
	}

	/** The day the dashboard is computed on. */
	public LocalDate today() {
		return today;
	}

	/** The products of the year's cycle. */
	public List<ProductFact> products() {
		return products.get();
	}

	/**
	 * The products taking part in the year: those of the year's cycle selected and not withdrawn, and the renewals
	 * (re-evaluation or upgrade dossiers) of earlier products filed in the year.
	 */
	public List<ProductFact> takingPart() {
		return takingPart.get();
	}

	static boolean takesPart(ProductFact p) {
		return p.reachedStage() >= 1 && p.status() != ProductStatus.WITHDRAWN;
	}

	/** Every product of every cycle, by id. */
	public Map<UUID, ProductFact> productsById() {
		return productsById.get();
	}

	/** The producers with a product taking part in the year's cycle. */
	public Set<UUID> participatingProducers() {
		return participatingProducers.get();
	}

	public List<ProducerFact> producers() {
		return producers.get();
	}

	public List<CertificateFact> certificates() {
		return certificates.get();
	}

	public List<Completion> completions() {
		return completions.get();
	}

	public List<Official> officials() {
		return officials.get();
	}

	public List<OutletView> outlets() {
		return outlets.get();
	}

	public List<PilotView> pilots() {
		return pilots.get();
	}

	/**
	 * A value derived from the records that several measures need (e.g. the products certified in the year),
	 * computed by the first measure that asks and shared with the others.
	 */
	@SuppressWarnings("unchecked")
	public <T> T shared(String key, Supplier<T> compute) {
		return (T) derived.computeIfAbsent(key, k -> compute.get());
	}

	/** The last day of the year, or today for the running year. */
	public LocalDate asOf() {
		LocalDate end = LocalDate.of(year, 12, 31);
		return today.isBefore(end) ? today : end;
	}

	private static final class Lazy<T> {

		private final Supplier<T> supplier;
		private @Nullable T value;

		Lazy(Supplier<T> supplier) {
			this.supplier = supplier;
		}

		T get() {
			if (value == null) {
				value = supplier.get();
			}
			return value;
		}
	}
}
