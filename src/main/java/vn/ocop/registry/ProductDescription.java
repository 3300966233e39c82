package vn.ocop.registry;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import vn.ocop.shared.Texts;
import vn.ocop.shared.search.VietnameseAnalysis;

/**
 * What describes a product (the registration form's details): name, product set, commune of origin, registration
 * type, description, ingredients, packaging, shelf life, sales unit, price, GTIN and story, kept normalised, with
 * the rule of what a certificate recognised of it. The product's own columns and search fields (a mapped superclass
 * rather than an embeddable, so that the table, the search index and the audit log name every detail as before);
 * {@link Product} decides when the description may change.
 */
@MappedSuperclass
abstract class ProductDescription extends AbstractAggregateRoot<Product> {

	@Column(nullable = false, length = 300)
	@FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE)
	@FullTextField(name = "name_exact", analyzer = VietnameseAnalysis.VIETNAMESE_EXACT)
	@FullTextField(name = "name_prefix", analyzer = VietnameseAnalysis.VIETNAMESE_EDGE, searchAnalyzer = VietnameseAnalysis.VIETNAMESE)
	@KeywordField(name = "name_sort", normalizer = VietnameseAnalysis.VIETNAMESE_SORT, sortable = Sortable.YES)
	private String name;

	@Column(name = "product_set_code", nullable = false, length = 32)
	@KeywordField(sortable = Sortable.YES)
	private String productSetCode;

	/** GSO code of the commune of origin, as in force on the product's unit date. */
	@Column(name = "commune_code", nullable = false, length = 16)
	@KeywordField(sortable = Sortable.YES)
	private String communeCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "registration_type", nullable = false, length = 32)
	private RegistrationType registrationType;

	@Column(length = 5000)
	@FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE)
	private @Nullable String description;

	@Column(length = 2000)
	@FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE)
	private @Nullable String ingredients;

	@Column(length = 1000)
	private @Nullable String packaging;

	@Column(name = "shelf_life", length = 100)
	private @Nullable String shelfLife;

	@Column(name = "sales_unit", length = 50)
	private @Nullable String unit;

	@Column(name = "price_vnd")
	private @Nullable Long priceVnd;

	@Column(length = 14)
	private @Nullable String gtin;

	/** Câu chuyện sản phẩm. */
	@Column(length = 20000)
	@FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE)
	private @Nullable String story;

	/** Takes the details, normalised (see {@link ProductDetails#normalised()}). */
	protected void describeAs(ProductDetails input) {
		ProductDetails details = input.normalised();
		this.name = details.name();
		this.productSetCode = details.productSetCode();
		this.communeCode = details.communeCode();
		this.registrationType = details.registrationType();
		this.description = details.description();
		this.ingredients = details.ingredients();
		this.packaging = details.packaging();
		this.shelfLife = details.shelfLife();
		this.unit = details.unit();
		this.priceVnd = details.priceVnd();
		this.gtin = details.gtin();
		this.story = details.story();
	}

	/** Takes what the office approved of the certified details; a blank packaging or story clears it. */
	protected void takeCertified(String newName, String newProductSetCode, @Nullable String newPackaging,
			@Nullable String newStory) {
		this.name = newName;
		this.productSetCode = newProductSetCode;
		this.packaging = Texts.blankToNull(newPackaging);
		this.story = Texts.blankToNull(newStory);
	}

	/** Whether the details change what a certificate recognised (see {@link ProductDetails#changeCertified}). */
	boolean changesCertified(ProductDetails details) {
		return details.changeCertified(name, productSetCode, packaging, story);
	}

	/** The description as the registration form gives it. */
	ProductDetails details() {
		return new ProductDetails(name, productSetCode, communeCode, registrationType, description, ingredients,
				packaging, shelfLife, unit, priceVnd, gtin, story);
	}

	String getName() {
		return name;
	}

	String getProductSetCode() {
		return productSetCode;
	}

	String getCommuneCode() {
		return communeCode;
	}

	@Nullable
	String getPackaging() {
		return packaging;
	}

	@Nullable
	String getStory() {
		return story;
	}
}
