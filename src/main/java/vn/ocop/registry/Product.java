package vn.ocop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.criteria.DossierType;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * A product of a producer in the OCOP cycle of one year. Guards its lifecycle: only legal transitions, each recorded
 * on its timeline with who, when and why, and published as {@link ProductStatusChanged}. What the producer describes
 * (name, product set, commune, story …) is its {@link ProductDescription}, changed only while the lifecycle allows.
 */
@Entity
@Table(name = "registry_product")
@Indexed(index = "registry_product")
@vn.ocop.shared.cluster.ClusterBroadcast
class Product extends ProductDescription {

	@Id
	@KeywordField(name = "id_sort", sortable = Sortable.YES, searchable = Searchable.NO)
	private UUID id;

	@Column(name = "producer_id", nullable = false)
	@KeywordField
	private UUID producerId;

	@Column(name = "cycle_year", nullable = false)
	@GenericField(sortable = Sortable.YES)
	private int cycleYear;

	@Column(name = "regulation_code", nullable = false, length = 32)
	@KeywordField
	private String regulationCode;

	@Column(name = "unit_date", nullable = false)
	private LocalDate unitDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	@KeywordField(sortable = Sortable.YES)
	private ProductStatus status;

	/** The furthest funnel stage reached (0 registered, 1 selected, 2 submitted, 3 evaluated, 4 certified). */
	@Column(name = "reached_stage", nullable = false)
	@GenericField(sortable = Sortable.YES)
	private int reachedStage;

	/** Stars of the latest rating or certificate, if any. */
	@Column
	@GenericField(sortable = Sortable.YES)
	private @Nullable Integer stars;

	/** The type of the dossier last filed, if any. */
	@Enumerated(EnumType.STRING)
	@Column(name = "dossier_type", length = 16)
	private @Nullable DossierType dossierType;

	/** The day the dossier was last filed; it chooses the regulation of the evaluation (26/2026 Điều 12). */
	@Column(name = "filed_on")
	private @Nullable LocalDate filedOn;

	/** A re-evaluation or upgrade was filed for the recognised product and is not yet before a council. */
	@Column(name = "renewal_filed", nullable = false)
	private boolean renewalFiled;

	@Column(name = "created_at", nullable = false)
	@GenericField(sortable = Sortable.YES)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "status_changed_at", nullable = false)
	@GenericField(sortable = Sortable.YES)
	private Instant statusChangedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "product_id", insertable = false, updatable = false)
	@OrderBy("changedAt")
	private List<ProductStatusChange> history = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "product_id", insertable = false, updatable = false)
	@OrderBy("uploadedAt")
	private List<DossierDocument> documents = new ArrayList<>();

	@AuditIgnored
	@Version
	private long version;

	protected Product() {
	}

	/** Registers a product idea (phiếu đăng ký ý tưởng sản phẩm) for the cycle of a year. */
	Product(UUID producerId, int cycleYear, String regulationCode, ProductDetails details, LocalDate unitDate,
			Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.producerId = producerId;
		this.cycleYear = cycleYear;
		this.regulationCode = regulationCode;
		this.unitDate = unitDate;
		this.createdAt = now;
		this.createdBy = actor;
		describeAs(details);
		this.status = ProductStatus.IDEA_REGISTERED;
		this.statusChangedAt = now;
		timelineView().record(id, null, ProductStatus.IDEA_REGISTERED, now, actor, null);
		registerEvent(new ProductStatusChanged(id, producerId, cycleYear, null, ProductStatus.IDEA_REGISTERED, now));
	}

	/**
	 * Changes the description while the product is open for changes. The caller has checked who may change what a
	 * certificate recognised (the office only); when such details of a certified product change, the certificate
	 * follows through {@link CertifiedDetailsAmended}.
	 */
	void describe(ProductDetails details, Instant now, String actor) {
		status.requireOpenForChanges();
		boolean amendsCertified = status == ProductStatus.CERTIFIED && changesCertified(details);
		describeAs(details);
		registerEvent(new ProductDescribed(id, producerId, now));
		if (amendsCertified) {
			registerEvent(new CertifiedDetailsAmended(id, producerId, getName(), getProductSetCode(), null, actor, now));
		}
	}

	/**
	 * Applies what the office approved of a request to change the certified details (name, product set, packaging,
	 * story); the other details stay as they are.
	 */
	void amendCertified(CertifiedChangeRequest request, Instant now, String actor) {
		if (status != ProductStatus.CERTIFIED) {
			throw BusinessRuleException.conflict("registry.certifiedChange.notCertified", status);
		}
		takeCertified(request.getName(), request.getProductSetCode(), request.getPackaging(), request.getStory());
		registerEvent(new ProductDescribed(id, producerId, now));
		registerEvent(new CertifiedDetailsAmended(id, producerId, getName(), getProductSetCode(), request.getId(), actor,
				now));
	}

	/** The district (from July 2025: the commune) selects the idea for the cycle. */
	void select(String actor, @Nullable String reason, Instant now) {
		moveTo(ProductStatus.SELECTED, actor, reason, now);
	}

	/** The district (from July 2025: the commune) does not select the idea; the reason is required. */
	void reject(String actor, String reason, Instant now) {
		requireReason(reason);
		moveTo(ProductStatus.NOT_SELECTED, actor, reason, now);
	}

	/**
	 * Submits the dossier for evaluation; refused with the list of missing document types while any required one
	 * is missing.
	 */
	void submit(String actor, Set<String> requiredDocumentTypes, DossierType type, LocalDate filedOn, Instant now) {
		if (status.canMoveTo(ProductStatus.SUBMITTED)) {
			dossier().requireComplete(requiredDocumentTypes, status);
		}
		moveTo(ProductStatus.SUBMITTED, actor, null, now);
		this.dossierType = type;
		this.filedOn = filedOn;
		this.renewalFiled = type != DossierType.FIRST;
	}

	/** Submits a first-time dossier filed on the (UTC) day of {@code now}. */
	void submit(String actor, Set<String> requiredDocumentTypes, Instant now) {
		submit(actor, requiredDocumentTypes, DossierType.FIRST, LocalDate.ofInstant(now, java.time.ZoneOffset.UTC), now);
	}

	/**
	 * Files a re-evaluation or upgrade dossier for a recognised product, which keeps its certificate (and status)
	 * until a council has evaluated it.
	 */
	void fileRenewal(Set<String> requiredDocumentTypes, DossierType type, LocalDate filedOn) {
		if (status != ProductStatus.CERTIFIED || type == DossierType.FIRST) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("currentStatus", status.name()),
					"registry.product.renewalNotAllowed", status.name());
		}
		dossier().requireComplete(requiredDocumentTypes, status);
		this.dossierType = type;
		this.filedOn = filedOn;
		this.renewalFiled = true;
	}

	/**
	 * The commune's or district's officer returns a filed dossier to the producer as incomplete; the reason (what is
	 * missing) is required and shown to the producer, who completes the dossier and submits it again.
	 */
	void returnDossier(String actor, String reason, Instant now) {
		requireReason(reason);
		moveTo(ProductStatus.RETURNED, actor, reason, now);
	}

	/** Why the dossier was last returned, while it is. */
	java.util.Optional<StatusChange> lastReturn() {
		return status == ProductStatus.RETURNED ? latest(ProductStatus.RETURNED) : java.util.Optional.empty();
	}

	/** The latest move into the status, if the product ever made one. */
	java.util.Optional<StatusChange> latest(ProductStatus to) {
		return timelineView().latest(to);
	}

	/** The producer withdraws the product from the cycle. */
	void withdraw(String actor, @Nullable String reason, Instant now) {
		moveTo(ProductStatus.WITHDRAWN, actor, reason, now);
	}

	/** A council starts evaluating the product. */
	void startEvaluation(String actor, Instant now) {
		moveTo(ProductStatus.UNDER_EVALUATION, actor, null, now);
		this.renewalFiled = false;
	}

	/** Records the council's result: rated (≥ 50 points, 3★+) or not, with the stars of the score. */
	void rate(boolean rated, int stars, String actor, @Nullable String reason, Instant now) {
		moveTo(rated ? ProductStatus.RATED : ProductStatus.NOT_RATED, actor, reason, now);
		this.stars = stars;
	}

	void certify(int stars, String actor, @Nullable String reason, Instant now) {
		moveTo(ProductStatus.CERTIFIED, actor, reason, now);
		this.stars = stars;
	}

	void changeStars(int stars) {
		if (status != ProductStatus.CERTIFIED) {
			throw status.illegalMoveTo(ProductStatus.CERTIFIED);
		}
		this.stars = stars;
	}

	void expire(String actor, Instant now) {
		moveTo(ProductStatus.EXPIRED, actor, null, now);
	}

	void revoke(String actor, String reason, Instant now) {
		requireReason(reason);
		moveTo(ProductStatus.REVOKED, actor, reason, now);
	}

	/** Adds a dossier file; the previous file of the same type, if any, is superseded but kept. */
	void addDocument(DossierDocument document, Instant now) {
		status.requireOpenForChanges();
		dossier().add(document, now);
	}

	/** The required document types that have no current file, in the given order. */
	List<String> missingDocuments(Set<String> requiredDocumentTypes) {
		return dossier().missing(requiredDocumentTypes);
	}

	List<DossierDocument> currentDocuments() {
		return dossier().current();
	}

	List<DossierDocument> allDocuments() {
		return dossier().all();
	}

	List<StatusChange> timeline() {
		return timelineView().changes();
	}

	private DossierFiles dossier() {
		return new DossierFiles(documents);
	}

	private ProductTimeline timelineView() {
		return new ProductTimeline(history);
	}

	private void moveTo(ProductStatus target, String actor, @Nullable String reason, Instant now) {
		status.requireMoveTo(target);
		ProductStatus from = status;
		status = target;
		statusChangedAt = now;
		reachedStage = Math.max(reachedStage, target.funnelStage());
		timelineView().record(id, from, target, now, actor, reason);
		registerEvent(new ProductStatusChanged(id, producerId, cycleYear, from, target, now));
	}

	private static void requireReason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.unprocessable("registry.product.reasonRequired");
		}
	}

	ProductSummary toSummary(String producerName) {
		ProductDetails d = details();
		return new ProductSummary(id, d.name(), producerId, producerName, cycleYear, regulationCode, d.productSetCode(),
				d.communeCode(), unitDate, d.registrationType(), d.description(), d.ingredients(), d.packaging(),
				d.shelfLife(), d.unit(), d.priceVnd(), d.gtin(), d.story(), status, stars, createdAt, statusChangedAt,
				dossierType, filedOn, renewalFiled);
	}

	UUID getId() {
		return id;
	}

	UUID getProducerId() {
		return producerId;
	}

	int getCycleYear() {
		return cycleYear;
	}

	String getRegulationCode() {
		return regulationCode;
	}

	/** The commune of origin as it was on the day the product was registered (its description names the code). */
	UnitAt getUnitAt() {
		return new UnitAt(getCommuneCode(), unitDate);
	}

	ProductStatus getStatus() {
		return status;
	}

	int getReachedStage() {
		return reachedStage;
	}

	@Nullable
	Integer getStars() {
		return stars;
	}
}
