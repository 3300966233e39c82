package vn.ocop.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.certification.CertificateVerification;
import vn.ocop.content.ProductStories;
import vn.ocop.content.PublishedContent;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.registry.ProductLifecycle;

/**
 * The portal module booted alone, with mocks of the modules its catalogue is built from (registry, certification,
 * criteria, content) and of geography (the names and areas of units). Its own empty in-memory database and no demo
 * data: the test writes the catalogue entries itself, as the catalogue's updater would from the certificates in
 * force, each named with a made-up word of the test so that a search finds them and nothing else.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:portal-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class PortalModuleTests {

	static final String VU_QUANG = "441";
	static final String DUC_LINH = "18322";
	static final String NGHI_XUAN = "442";
	static final String XUAN_HOI = "18388";

	@MockitoBean
	GeographyApi geography;

	@MockitoBean
	CertificateVerification certificates;

	@MockitoBean
	ProductLifecycle products;

	@MockitoBean
	CriteriaApi criteria;

	@MockitoBean
	PublishedContent content;

	@MockitoBean
	ProductStories stories;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueEntries entries;

	@Autowired
	CatalogueCache cache;

	@Autowired
	CatalogueItemPreload preload;

	@Autowired
	PlatformTransactionManager transactions;

	String token;

	@BeforeEach
	void setUp() {
		token = PortalFixtures.word();
		when(geography.versionsOf(VU_QUANG)).thenReturn(List.of(unit(VU_QUANG, "Huyện Vũ Quang", UnitLevel.DISTRICT)));
		when(geography.versionsOf(NGHI_XUAN))
				.thenReturn(List.of(unit(NGHI_XUAN, "Huyện Nghi Xuân", UnitLevel.DISTRICT)));
		when(geography.codesWithin(VU_QUANG)).thenReturn(Set.of(VU_QUANG, DUC_LINH));
		when(geography.codesWithin(DUC_LINH)).thenReturn(Set.of(DUC_LINH));
	}

	@Test
	void shouldFindWordsWithoutDiacriticsRankingTheNameFirst() {
		var inName = write(entry("Nước mắm " + token + " Vũng Áng", 3).description("Mắm cá cơm ủ chượp."));
		var inDescription = write(entry("Tôm chua " + token, 4).description("Ăn kèm nước mắm và rau sống."));
		write(entry("Mật ong " + token, 5));
		changed();

		var found = catalogue.search(query(token + " nuoc mam"));

		assertThat(found.total()).isEqualTo(2);
		assertThat(found.items()).extracting(CatalogueItem::productId).containsExactly(inName, inDescription);
		// an item found by a search carries no description: only the product page shows it
		assertThat(found.items()).allSatisfy(i -> assertThat(i.description()).isNull());
		assertThat(catalogue.search(query(token + " NƯỚC MẮM")).items()).extracting(CatalogueItem::productId)
				.containsExactly(inName, inDescription);
		assertThat(catalogue.search(query(token + " mắm nước")).items()).extracting(CatalogueItem::productId)
				.containsExactly(inName, inDescription);
		assertThat(catalogue.search(query(token + " nuoc mam ruou")).total()).isZero();
	}

	@Test
	void shouldForgiveATypoInTheNameOnlyWhenTheWordsAsTypedFindNothing() {
		var honey = write(entry("Mật ong rừng " + token, 3));
		write(entry("Tôm chua " + token, 4).description("Ngâm với mật ong."));
		changed();

		assertThat(catalogue.search(query(token + " mat onh")).items()).extracting(CatalogueItem::productId)
				.containsExactly(honey);
		assertThat(catalogue.search(query(token + " rung")).items()).extracting(CatalogueItem::productId)
				.containsExactly(honey);
		// the beginning of a word of the name
		assertThat(catalogue.search(query(token + " run")).items()).extracting(CatalogueItem::productId)
				.containsExactly(honey);
		assertThat(catalogue.search(query(token + " xyzwv")).total()).isZero();
	}

	@Test
	void shouldPutMoreStarsFirstAmongEqualMatchesAndFilterByStarsGroupFormAndPlace() {
		var three = write(entry("Trà xanh " + token, 3));
		var five = write(entry("Trà xanh " + token, 5).group("G2", "Đồ uống").place(NGHI_XUAN, XUAN_HOI)
				.form("ENTERPRISE"));
		var four = write(entry("Trà xanh " + token, 4));
		changed();

		assertThat(catalogue.search(query(token + " tra xanh")).items()).extracting(CatalogueItem::productId)
				.containsExactly(five, four, three);
		assertThat(ids(new CatalogueQuery(token, 5, null, null, null, null, 1, 24))).containsExactly(five);
		assertThat(ids(new CatalogueQuery(token, null, "G1", null, null, null, 1, 24))).containsExactlyInAnyOrder(three,
				four);
		assertThat(ids(new CatalogueQuery(token, null, null, null, "ENTERPRISE", null, 1, 24))).containsExactly(five);
		assertThat(ids(new CatalogueQuery(token, null, null, VU_QUANG, null, null, 1, 24)))
				.containsExactlyInAnyOrder(three, four);
		assertThat(ids(new CatalogueQuery(token, null, null, DUC_LINH, null, null, 1, 24)))
				.containsExactlyInAnyOrder(three, four);
		var page2 = catalogue.search(new CatalogueQuery(token, null, null, null, null, "stars", 2, 2));
		assertThat(page2.total()).isEqualTo(3);
		assertThat(page2.pages()).isEqualTo(2);
		assertThat(page2.items()).extracting(CatalogueItem::productId).containsExactly(three);
	}

	@Test
	void shouldCountTheFacetValuesOfAllMatchesWithTheirNames() {
		write(entry("Cam bù " + token, 3));
		write(entry("Cam chanh " + token, 3));
		write(entry("Bưởi Phúc Trạch " + token, 4).group("G2", "Đồ uống").place(NGHI_XUAN, XUAN_HOI));
		changed();

		var result = catalogue.search(new CatalogueQuery(token, null, null, null, null, null, 1, 1));

		assertThat(result.total()).isEqualTo(3);
		assertThat(result.items()).hasSize(1);
		Map<String, List<CatalogueResult.FacetValue>> facets = result.facets().stream()
				.collect(Collectors.toMap(CatalogueResult.Facet::field, CatalogueResult.Facet::values));
		assertThat(facets.get("stars")).containsExactly(new CatalogueResult.FacetValue("4", "4★", 1),
				new CatalogueResult.FacetValue("3", "3★", 2));
		assertThat(facets.get("group")).containsExactlyInAnyOrder(
				new CatalogueResult.FacetValue("G1", "Thực phẩm", 2),
				new CatalogueResult.FacetValue("G2", "Đồ uống", 1));
		assertThat(facets.get("district")).containsExactlyInAnyOrder(
				new CatalogueResult.FacetValue(VU_QUANG, "Huyện Vũ Quang", 2),
				new CatalogueResult.FacetValue(NGHI_XUAN, "Huyện Nghi Xuân", 1));
		assertThat(facets.get("commune")).isEmpty();
		assertThat(facets.get("form")).containsExactly(new CatalogueResult.FacetValue("COOPERATIVE", "COOPERATIVE", 3));
	}

	@Test
	void shouldShowAProductPageWithEverythingOfItsEntryAndFollowARenamedProduct() {
		UUID id = UUID.randomUUID();
		var source = entry("Kẹo cu đơ " + token, 4).id(id).description("Kẹo lạc mạch nha.").story("Từ năm 1940.")
				.ingredients("Lạc, mật mía, gừng").packaging("Hộp giấy 300 g").price(60_000L);
		write(source);
		changed();

		var page = catalogue.bySlug(source.slug()).orElseThrow();
		assertThat(page.productId()).isEqualTo(id);
		assertThat(page.name()).isEqualTo("Kẹo cu đơ " + token);
		assertThat(page.description()).isEqualTo("Kẹo lạc mạch nha.");
		assertThat(page.story()).isEqualTo("Từ năm 1940.");
		assertThat(page.ingredients()).isEqualTo("Lạc, mật mía, gừng");
		assertThat(page.priceVnd()).isEqualTo(60_000L);
		assertThat(page.placeName()).isEqualTo("Xã Đức Lĩnh, Huyện Vũ Quang");
		assertThat(page.path()).isEqualTo("/products/" + source.slug());
		assertThat(catalogue.byCertificate(source.certificate())).get().extracting(CatalogueItem::productId)
				.isEqualTo(id);
		assertThat(catalogue.byProducer(source.producerSlug())).extracting(CatalogueItem::productId).contains(id);

		// renamed: the old address leads to the new one by the id at the end of the slug
		var renamed = source.name("Kẹo cu đơ Hà Tĩnh " + token);
		write(renamed);
		changed();
		assertThat(catalogue.bySlug(source.slug())).isEmpty();
		assertThat(catalogue.currentSlug(source.slug())).hasValue(renamed.slug());
		assertThat(catalogue.search(query(token + " ha tinh")).items()).extracting(CatalogueItem::productId)
				.containsExactly(id);
	}

	@Test
	void shouldDropCachedAnswersWhenTheCatalogueChanges() {
		write(entry("Nhút Thanh Chương " + token, 3));
		changed();
		assertThat(catalogue.search(query(token)).total()).isEqualTo(1);
		// kept at its second asking
		assertThat(catalogue.search(query(token)).total()).isEqualTo(1);
		long version = catalogue.version();

		write(entry("Nhút mít " + token, 3));
		assertThat(catalogue.search(query(token)).total()).as("kept until told of the change").isEqualTo(1);
		changed();

		assertThat(catalogue.version()).isGreaterThan(version);
		assertThat(catalogue.search(query(token)).total()).isEqualTo(2);
	}

	@Test
	void shouldOrderEqualMatchesByNameWithoutDiacriticsThenBySlug() {
		var tofu = write(new Entry(UUID.fromString("11111111-0000-0000-0000-000000000001"), "Đậu phụ " + token, 4,
				token));
		var oilA = write(new Entry(UUID.fromString("aaaaaaaa-0000-0000-0000-000000000002"), "Dầu lạc " + token, 4,
				token));
		var cake = write(new Entry(UUID.fromString("22222222-0000-0000-0000-000000000003"), "bánh đa " + token, 4,
				token));
		var oilB = write(new Entry(UUID.fromString("0bbbbbbb-0000-0000-0000-000000000004"), "Dầu lạc " + token, 4,
				token));
		changed();

		// equal rank: "banh da", "dau lac" (the slug ending 0bbbbbbb before aaaaaaaa), "dau phu"
		assertThat(ids(query(token))).containsExactly(cake, oilB, oilA, tofu);
		assertThat(ids(new CatalogueQuery(token, null, null, null, null, "name", 1, 24)))
				.containsExactly(cake, oilB, oilA, tofu);
		assertThat(ids(new CatalogueQuery(token, null, null, null, null, "name", 2, 3))).containsExactly(tofu);
	}

	@Test
	void shouldKeepEveryItemOnceTheCatalogueChangedSoThatSearchesReadNoStoredFields() {
		var honey = write(entry("Mật ong " + token, 4));
		var tea = write(entry("Chè xanh " + token, 3));
		changed();

		preload.fillIfChanged();

		assertThat(cache.items(List.of(tea, honey), missing -> {
			throw new AssertionError("read from the index: " + missing);
		})).extracting(CatalogueItem::name).containsExactly("Chè xanh " + token, "Mật ong " + token);
		write(entry("Mật ong " + token, 4).id(honey).name("Mật ong rừng " + token));
		changed();
		preload.fillIfChanged();
		assertThat(cache.items(List.of(honey), missing -> Map.of())).extracting(CatalogueItem::name)
				.containsExactly("Mật ong rừng " + token);
	}

	private List<UUID> ids(CatalogueQuery query) {
		return catalogue.search(query).items().stream().map(CatalogueItem::productId).toList();
	}

	private static CatalogueQuery query(String q) {
		return new CatalogueQuery(q, null, null, null, null, null, 1, CatalogueQuery.DEFAULT_SIZE);
	}

	private UUID write(Entry entry) {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			CatalogueEntry stored = entries.findById(entry.id).orElseGet(() -> new CatalogueEntry(entry.id));
			stored.take(entry.source(), Instant.now());
			entries.save(stored);
		});
		return entry.id;
	}

	/** What the catalogue's updater does after each committed change. */
	private void changed() {
		cache.changed();
	}

	private Entry entry(String name, int stars) {
		return new Entry(UUID.randomUUID(), name, stars, token);
	}

	private static Unit unit(String code, String name, UnitLevel level) {
		return new Unit(code, name, level, "42", LocalDate.of(2000, 1, 1), null);
	}

	/** A catalogue entry as the updater would write it: a producer of the test's word in Đức Lĩnh, group G1. */
	static final class Entry {

		final UUID id;
		final String token;
		String name;
		int stars;
		String description;
		String story;
		String ingredients;
		String packaging;
		Long price;
		String groupCode = "G1";
		String groupName = "Thực phẩm";
		String district = VU_QUANG;
		String commune = DUC_LINH;
		String form = "COOPERATIVE";

		Entry(UUID id, String name, int stars, String token) {
			this.id = id;
			this.name = name;
			this.stars = stars;
			this.token = token;
		}

		Entry id(UUID newId) {
			var copy = new Entry(newId, name, stars, token);
			copy.description = description;
			copy.story = story;
			return copy;
		}

		Entry name(String newName) {
			var copy = new Entry(id, newName, stars, token);
			copy.description = description;
			copy.story = story;
			copy.ingredients = ingredients;
			copy.packaging = packaging;
			copy.price = price;
			return copy;
		}

		Entry description(String text) {
			this.description = text;
			return this;
		}

		Entry story(String text) {
			this.story = text;
			return this;
		}

		Entry ingredients(String text) {
			this.ingredients = text;
			return this;
		}

		Entry packaging(String text) {
			this.packaging = text;
			return this;
		}

		Entry price(Long vnd) {
			this.price = vnd;
			return this;
		}

		Entry group(String code, String groupName) {
			this.groupCode = code;
			this.groupName = groupName;
			return this;
		}

		Entry place(String districtCode, String communeCode) {
			this.district = districtCode;
			this.commune = communeCode;
			return this;
		}

		Entry form(String legalForm) {
			this.form = legalForm;
			return this;
		}

		String slug() {
			return vn.ocop.content.Slugs.of(name, 100) + "-" + id.toString().substring(0, 8);
		}

		String producerSlug() {
			return "htx-" + token.toLowerCase(java.util.Locale.ROOT) + "-" + id.toString().substring(0, 8);
		}

		String certificate() {
			return "OCOP-HT-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
		}

		CatalogueSource source() {
			return new CatalogueSource(slug(), name, description, story, ingredients, packaging, "hộp", price,
					UUID.nameUUIDFromBytes(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)), producerSlug(),
					"HTX " + token, form, "SET-" + groupCode, "Bộ " + groupName, groupCode, groupName, commune,
					commune.equals(DUC_LINH) ? "Xã Đức Lĩnh" : "Xã Xuân Hội", district,
					district.equals(VU_QUANG) ? "Huyện Vũ Quang" : "Huyện Nghi Xuân", certificate(), "VALID", stars,
					LocalDate.of(2025, 3, 1), LocalDate.of(2028, 3, 1), false);
		}
	}
}
