package vn.ocop.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.NonStandardField;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBinderRef;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import vn.ocop.shared.search.SortKeyBinder;
import vn.ocop.shared.search.VietnameseAnalysis;

/**
 * One product of the public catalogue: a product whose certificate is in force, with what the public pages show
 * of it, its producer and its place. A read model: its source of truth is the registry and the certification
 * module; {@link CatalogueUpdater} keeps it in step.
 */
@Entity
@Table(name = "portal_catalogue_entry")
@Indexed(index = "portal_catalogue")
@vn.ocop.shared.cluster.ClusterBroadcast
// a read model kept from the certificates and the registry, whose changes the audit log records where they are made
@vn.ocop.shared.AuditIgnored
class CatalogueEntry {

	/** The name of the index field that orders products of equal rank by name, then slug. */
	static final String ORDER_KEY = "order_key";

	@Id
	@Column(name = "product_id")
	private UUID productId;

	@Column(nullable = false, length = 340)
	@KeywordField(projectable = Projectable.YES)
	private String slug;

	@Column(nullable = false, length = 300)
	@FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE, projectable = Projectable.YES)
	@FullTextField(name = "name_exact", analyzer = VietnameseAnalysis.VIETNAMESE_EXACT)
	@FullTextField(name = "name_prefix", analyzer = VietnameseAnalysis.VIETNAMESE_EDGE, searchAnalyzer = VietnameseAnalysis.VIETNAMESE)
	private String name;

	// searched in "about" (with the story), not stored in the index: only the product page shows it
	@Column(length = 5000)
	private @Nullable String description;

	@Column(length = 20000)
	private @Nullable String story;

	// not in the index: only the product page shows it, read from the entry (documents of search hits stay small)
	@Column(length = 2000)
	private @Nullable String ingredients;

	@Column(length = 1000)
	private @Nullable String packaging;

	@Column(length = 50)
	@KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
	private @Nullable String unit;

	@Column(name = "price_vnd")
	@GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
	private @Nullable Long priceVnd;

	@Column(name = "producer_id", nullable = false)
	@KeywordField(projectable = Projectable.YES)
	private UUID producerId;

	@Column(name = "producer_slug", nullable = false, length = 340)
	@KeywordField(projectable = Projectable.YES)
	private String producerSlug;

	@Column(name = "producer_name", nullable = false, length = 300)
	@FullTextField(name = "producerName", analyzer = VietnameseAnalysis.VIETNAMESE, projectable = Projectable.YES)
	private String producerName;

	@Column(name = "legal_form", nullable = false, length = 32)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String legalForm;

	@Column(name = "product_set_code", nullable = false, length = 32)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String productSetCode;

	@Column(name = "product_set_name", nullable = false, length = 300)
	@KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
	private String productSetName;

	@Column(name = "group_code", nullable = false, length = 32)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String groupCode;

	@Column(name = "group_name", nullable = false, length = 300)
	@KeywordField(name = "groupName", searchable = Searchable.NO, projectable = Projectable.YES)
	private String groupName;

	@Column(name = "commune_code", nullable = false, length = 16)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String communeCode;

	@Column(name = "commune_name", nullable = false, length = 200)
	@KeywordField(name = "place", searchable = Searchable.NO, projectable = Projectable.YES)
	private String communeName;

	@Column(name = "district_code", length = 16)
	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private @Nullable String districtCode;

	@Column(name = "district_name", length = 200)
	@KeywordField(name = "districtPlace", searchable = Searchable.NO, projectable = Projectable.YES)
	private @Nullable String districtName;

	@Column(name = "certificate_code", nullable = false, length = 32)
	@KeywordField(projectable = Projectable.YES)
	private String certificateCode;

	@Column(name = "certificate_status", nullable = false, length = 16)
	@KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
	private String certificateStatus;

	@Column(nullable = false)
	@GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
	private int stars;

	@Column(name = "certified_on", nullable = false)
	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	private LocalDate certifiedOn;

	@Column(name = "valid_until", nullable = false)
	@GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
	private LocalDate validUntil;

	@Column(name = "has_photo", nullable = false)
	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	private boolean hasPhoto;

	@Column(name = "refreshed_at", nullable = false)
	@GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
	private Instant refreshedAt;

	/**
	 * Where the product is made and by whom, as one field to search: the producer, the commune, the district and
	 * the product group. One field instead of four: a search word looks in one list of documents, not four.
	 */
	@Transient
	@FullTextField(name = "context", analyzer = VietnameseAnalysis.VIETNAMESE)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "producerName")),
			@ObjectPath(@PropertyValue(propertyName = "communeName")),
			@ObjectPath(@PropertyValue(propertyName = "districtName")),
			@ObjectPath(@PropertyValue(propertyName = "groupName")) })
	String getContext() {
		return String.join(" | ", producerName, communeName, districtName == null ? "" : districtName, groupName);
	}

	/**
	 * The order among equal ranks: the name as sorted (lower case, without diacritics), then the slug. One binary
	 * doc value instead of two keyword sorts: a hit entering the top of a search copies this key where it lies
	 * instead of looking two terms up ({@link SortKeyBinder}).
	 */
	@Transient
	@NonStandardField(name = ORDER_KEY, valueBinder = @ValueBinderRef(type = SortKeyBinder.class))
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "name")),
			@ObjectPath(@PropertyValue(propertyName = "slug")) })
	String getOrderKey() {
		return VietnameseAnalysis.sortForm(name) + '\u0000' + slug;
	}

	/** The description and the story, as one field to search (words found there weigh least). */
	@Transient
	@FullTextField(name = "about", analyzer = VietnameseAnalysis.VIETNAMESE)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "story")) })
	@Nullable String getAbout() {
		if (description == null && story == null) {
			return null;
		}
		return (description == null ? "" : description) + "\n\n" + (story == null ? "" : story);
	}

	@SuppressWarnings("NullAway.Init")
	protected CatalogueEntry() {
	}

	CatalogueEntry(UUID productId) {
		this.productId = productId;
	}

	/** Takes every value of the sources; returns whether anything changed. */
	boolean take(CatalogueSource source, Instant now) {
		boolean changed = !source.equals(source());
		this.slug = source.slug();
		this.name = source.name();
		this.description = source.description();
		this.story = source.story();
		this.ingredients = source.ingredients();
		this.packaging = source.packaging();
		this.unit = source.unit();
		this.priceVnd = source.priceVnd();
		this.producerId = source.producerId();
		this.producerSlug = source.producerSlug();
		this.producerName = source.producerName();
		this.legalForm = source.legalForm();
		this.productSetCode = source.productSetCode();
		this.productSetName = source.productSetName();
		this.groupCode = source.groupCode();
		this.groupName = source.groupName();
		this.communeCode = source.communeCode();
		this.communeName = source.communeName();
		this.districtCode = source.districtCode();
		this.districtName = source.districtName();
		this.certificateCode = source.certificateCode();
		this.certificateStatus = source.certificateStatus();
		this.stars = source.stars();
		this.certifiedOn = source.certifiedOn();
		this.validUntil = source.validUntil();
		this.hasPhoto = source.hasPhoto();
		if (changed) {
			this.refreshedAt = now;
		}
		return changed;
	}

	/** The values as they stand (null-safe on a new entry). */
	@SuppressWarnings("NullAway")
	CatalogueSource source() {
		return new CatalogueSource(slug, name, description, story, ingredients, packaging, unit, priceVnd, producerId,
				producerSlug, producerName, legalForm, productSetCode, productSetName, groupCode, groupName, communeCode,
				communeName, districtCode, districtName, certificateCode, certificateStatus, stars, certifiedOn,
				validUntil, hasPhoto);
	}

	CatalogueItem toItem() {
		return new CatalogueItem(productId, slug, name, description, story, ingredients, packaging, unit, priceVnd,
				producerId, producerSlug, producerName, legalForm, productSetCode, productSetName, groupCode, groupName,
				communeCode, communeName, districtCode, districtName, certificateCode, certificateStatus, stars,
				certifiedOn, validUntil, hasPhoto, refreshedAt);
	}

	UUID getProductId() {
		return productId;
	}

	String getCertificateCode() {
		return certificateCode;
	}
}
