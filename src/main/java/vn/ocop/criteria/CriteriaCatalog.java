package vn.ocop.criteria;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of regulations ({@link Regulations}), their taxonomies ({@link Taxonomies}: shipped with the
 * application as {@code criteria/*-taxonomy.csv} beside the regulation in {@code criteria/regulations.json}, and
 * loaded into the database at start) and the published scorecards ({@link PublishedScorecards}), as the other
 * modules and the criteria pages see them.
 */
@Service
class CriteriaCatalog implements CriteriaApi {

	private final Regulations regulations;
	private final Taxonomies taxonomies;
	private final PublishedScorecards published;

	CriteriaCatalog(Regulations regulations, Taxonomies taxonomies, PublishedScorecards published) {
		this.regulations = regulations;
		this.taxonomies = taxonomies;
		this.published = published;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	@Transactional
	public void loadBundledTaxonomies() throws IOException {
		taxonomies.loadBundled();
		published.loadBundled();
	}

	// ------------------------------------------------------------------ scorecards

	/** Loads a scorecard file; see {@link PublishedScorecards#load(String, String)}. */
	@Transactional
	public ScorecardSummary loadScorecard(String source, String loadedBy) {
		return published.load(source, loadedBy);
	}

	ScorecardEntry store(Scorecard scorecard, String source, ScorecardEntry.Origin origin, String loadedBy) {
		return published.store(scorecard, source, origin, loadedBy);
	}

	ScorecardParser parser() {
		return published.parser();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ScorecardSummary> scorecards() {
		return published.all();
	}

	/** The published versions of a product set's scorecard, newest first. */
	@Transactional(readOnly = true)
	public List<ScorecardSummary> versions(String productSetCode) {
		return published.versions(productSetCode);
	}

	/** The newest published version of a product set's scorecard: the one a session opened now scores on. */
	@Transactional(readOnly = true)
	public Optional<Scorecard> latestScorecard(String productSetCode) {
		return published.latest(productSetCode);
	}

	@Override
	@Transactional
	public void recordUse(String scorecardCode, Instant openedAt) {
		published.recordUse(scorecardCode, openedAt);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Scorecard> scorecard(String code) {
		return published.scorecard(code);
	}

	/** The stored summary of one published scorecard. */
	@Transactional(readOnly = true)
	public Optional<ScorecardSummary> summary(String code) {
		return published.summary(code);
	}

	/** The document of a published scorecard, as it was accepted (format {@code ocop-criteria/1}). */
	@Transactional(readOnly = true)
	public Optional<String> source(String code) {
		return published.source(code);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Scorecard> scorecardFor(String productSetCode, String taxonomyCode) {
		String taxonomy = taxonomies.taxonomyRegulation(taxonomyCode);
		return taxonomies.productSetUnder(productSetCode, taxonomy).flatMap(s -> published.latest(s.code()))
				.filter(s -> s.regulationCode().equals(taxonomy));
	}

	// ------------------------------------------------------------------ regulations and taxonomies

	@Override
	public RuleChoice ruleFor(LocalDate filedOn, DossierType type) {
		return regulations.ruleFor(filedOn, type);
	}

	@Override
	public List<Regulation> regulations() {
		return regulations.all();
	}

	@Override
	public Optional<Regulation> regulation(String code) {
		return regulations.find(code);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProductSet> productSets(String regulationCode) {
		return taxonomies.productSets(regulationCode);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProductSet> productSet(String code) {
		return taxonomies.productSet(code);
	}

	@Override
	public String taxonomyRegulation(String regulationCode) {
		return taxonomies.taxonomyRegulation(regulationCode);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProductSetMapping> productSetAcrossTaxonomies(String productSetCode) {
		return taxonomies.productSetAcrossTaxonomies(productSetCode);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProductSet> productSetUnder(String productSetCode, String regulationCode) {
		return taxonomies.productSetUnder(productSetCode, regulationCode);
	}
}
