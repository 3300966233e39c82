package vn.ocop.criteria;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;
import vn.ocop.shared.NotFoundException;

/**
 * Scorecards written by the provincial office (access checked by the caller): a draft for a product set — a new
 * scorecard, or the next version of a published one — from a form or an uploaded file (JSON or the .xlsx template),
 * every rule of the format checked on each change ({@link ScorecardChecks}), then published. A published version is
 * never changed; sessions opened after its publication score on it, those opened before keep theirs. The files a
 * scorecard exports as, and the templates to fill in, are {@link ScorecardFiles}'.
 */
@Service
@Transactional
public class ScorecardAuthoring {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final CriteriaCatalog catalog;
	private final ScorecardDrafts drafts;
	private final ScorecardChecks checks;
	private final BlankScorecards blanks;
	private final Clock clock;

	ScorecardAuthoring(CriteriaCatalog catalog, ScorecardDrafts drafts, ScorecardChecks checks, BlankScorecards blanks,
			Clock clock) {
		this.catalog = catalog;
		this.drafts = drafts;
		this.checks = checks;
		this.blanks = blanks;
		this.clock = clock;
	}

	/**
	 * Starts the draft of a product set: a copy of its newest published version (the next version), or, for a set
	 * without a scorecard, an empty scorecard with the regulation's parts. 409 if the set already has a draft.
	 */
	public ScorecardDraftView startDraft(String productSetCode, String by) {
		ProductSet set = catalog.productSet(productSetCode)
				.orElseThrow(() -> new NotFoundException("criteria.productSet.notFound", productSetCode));
		requireNoDraft(set.code());
		Optional<Scorecard> latest = catalog.latestScorecard(set.code());
		String document;
		if (latest.isPresent()) {
			ObjectNode doc = (ObjectNode) JSON.readTree(catalog.source(latest.get().code()).orElseThrow());
			doc.remove("version");
			document = PRETTY.writeValueAsString(doc);
		}
		else {
			document = PRETTY.writeValueAsString(blanks.of(set));
		}
		var draft = drafts.saveAndFlush(new ScorecardDraft(set, latest.map(Scorecard::code).orElse(null), document,
				clock.instant(), by));
		return view(draft);
	}

	/**
	 * Starts a draft from an uploaded document (JSON text), as a new scorecard or the next version of its product set,
	 * whatever rules of the format it breaks: the draft shows every problem and is published once the office has fixed
	 * them in the editor. Refused (422) only when it cannot be read at all: not a JSON object, or naming no product
	 * set of a known taxonomy while none was chosen. What the editor does not edit is taken from the product set: the
	 * format, the regulation (code, title, date) and the set's code; a value of the file replaced this way is reported.
	 * 409 if the set already has a draft.
	 *
	 * @param productSetCode the set the file is for, used when the file names none the taxonomy knows
	 */
	public ScorecardImport importDraft(String document, @Nullable String productSetCode, String by) {
		ObjectNode doc = UploadedScorecard.read(document);
		String fileSet = UploadedScorecard.namedSet(doc);
		ProductSet set = catalog.productSet(fileSet)
				.or(() -> productSetCode == null || productSetCode.isBlank() ? Optional.empty()
						: catalog.productSet(productSetCode))
				.orElseThrow(() -> new ImportProblems(List.of(new Problem(0, "criteria.upload.noSet",
						fileSet.isEmpty() ? "—" : fileSet))));
		requireNoDraft(set.code());
		List<Problem> replaced = UploadedScorecard.conform(doc, set,
				catalog.regulation(set.regulationCode()).orElseThrow());
		var draft = drafts.saveAndFlush(new ScorecardDraft(set,
				catalog.latestScorecard(set.code()).map(Scorecard::code).orElse(null), PRETTY.writeValueAsString(doc),
				clock.instant(), by));
		return new ScorecardImport(view(draft), replaced);
	}

	/**
	 * Starts a draft from a filled-in .xlsx template (422 if it is not a workbook of the template); see
	 * {@link #importDraft}.
	 */
	public ScorecardImport importWorkbook(InputStream workbook, @Nullable String productSetCode, String by) {
		return importDraft(PRETTY.writeValueAsString(ScorecardWorkbook.read(workbook)), productSetCode, by);
	}

	/** Saves the document as typed (broken rules and all) and says what is still wrong with it. */
	public ScorecardDraftView revise(UUID id, String document, String by) {
		ScorecardDraft draft = load(id);
		draft.revise(document, clock.instant(), by);
		return view(drafts.saveAndFlush(draft));
	}

	/** Throws a draft away. */
	public void discard(UUID id) {
		drafts.delete(load(id));
	}

	/**
	 * Publishes a draft as the next version of its product set's scorecard (version 1 for a set without one), which
	 * sessions opened from now on score on; the draft ends. 422 naming every problem if a rule is broken.
	 */
	public ScorecardSummary publish(UUID id, String by) {
		ScorecardDraft draft = load(id);
		ScorecardCheck check = checks.check(draft.getSourceJson(), draft.getProductSetCode());
		if (!check.publishable()) {
			throw new ImportProblems(check.problems());
		}
		int version = catalog.versions(draft.getProductSetCode()).stream().mapToInt(ScorecardSummary::version).max()
				.orElse(0) + 1;
		ObjectNode doc = (ObjectNode) JSON.readTree(draft.getSourceJson());
		if (version > 1) {
			doc.put("version", version);
		}
		else {
			doc.remove("version");
		}
		String source = PRETTY.writeValueAsString(doc);
		Scorecard scorecard = catalog.parser().parse(source);
		catalog.store(scorecard, source, ScorecardEntry.Origin.AUTHORED, by);
		drafts.delete(draft);
		drafts.flush();
		return catalog.summary(scorecard.code()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public ScorecardDraftView draft(UUID id) {
		return view(load(id));
	}

	@Transactional(readOnly = true)
	public Optional<ScorecardDraftView> draftFor(String productSetCode) {
		return drafts.findByProductSetCode(productSetCode).map(this::view);
	}

	@Transactional(readOnly = true)
	public List<ScorecardDraftView> drafts() {
		return drafts.findAllByOrderByProductSetCode().stream().map(this::view).toList();
	}

	/** The published versions of a product set's scorecard, newest first. */
	@Transactional(readOnly = true)
	public List<ScorecardSummary> versions(String productSetCode) {
		return catalog.versions(productSetCode);
	}

	@Transactional(readOnly = true)
	public Optional<ScorecardSummary> summary(String code) {
		return catalog.summary(code);
	}

	/**
	 * Every problem of a document, and its part totals: the rules of {@code ocop-criteria/1} (those of
	 * {@code validate.py}, plus the regulation's part maxima), the product set known in the regulation's taxonomy,
	 * and, for a draft, the set of the draft.
	 */
	@Transactional(readOnly = true)
	public ScorecardCheck check(String document, @Nullable String productSetCode) {
		return checks.check(document, productSetCode);
	}

	private ScorecardDraft load(UUID id) {
		return drafts.findById(id).orElseThrow(() -> new NotFoundException("criteria.draft.notFound", id));
	}

	private void requireNoDraft(String productSetCode) {
		drafts.findByProductSetCode(productSetCode).ifPresent(d -> {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
					java.util.Map.of("draftId", d.getId().toString()), "criteria.draft.exists", productSetCode);
		});
	}

	private ScorecardDraftView view(ScorecardDraft draft) {
		String setName = catalog.productSet(draft.getProductSetCode()).map(ProductSet::name).orElse(draft.getProductSetCode());
		int next = catalog.versions(draft.getProductSetCode()).stream().mapToInt(ScorecardSummary::version).max()
				.orElse(0) + 1;
		return new ScorecardDraftView(draft.getId(), draft.getProductSetCode(), setName, draft.getRegulationCode(),
				draft.getBasedOn(), next, draft.getSourceJson(),
				checks.check(draft.getSourceJson(), draft.getProductSetCode()), draft.getCreatedAt(), draft.getCreatedBy(),
				draft.getUpdatedAt(), draft.getUpdatedBy());
	}
}
