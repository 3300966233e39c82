package vn.ocop.criteria;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.ImportProblems.Problem;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.Stars;

/**
 * Scorecards written by the provincial office (access checked by the caller): a draft for a product set — a new
 * scorecard, or the next version of a published one — from a form or an uploaded file (JSON or the .xlsx template),
 * every rule of the format checked on each change, then published. A published version is never changed; sessions
 * opened after its publication score on it, those opened before keep theirs. Published scorecards export as
 * {@code ocop-criteria/1} JSON and as the .xlsx template, both of which upload again unchanged.
 */
@Service
@Transactional
public class ScorecardAuthoring {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final CriteriaCatalog catalog;
	private final ScorecardDrafts drafts;
	private final Clock clock;

	ScorecardAuthoring(CriteriaCatalog catalog, ScorecardDrafts drafts, Clock clock) {
		this.catalog = catalog;
		this.drafts = drafts;
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
			document = PRETTY.writeValueAsString(blank(set));
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

	/** Starts a draft from a filled-in .xlsx template; see {@link #importDraft}. */
	public ScorecardImport importWorkbook(InputStream workbook, @Nullable String productSetCode, String by) {
		return importDraft(workbookToJson(workbook), productSetCode, by);
	}

	/** The document a filled-in .xlsx template describes, as JSON (422 if it is not a workbook of the template). */
	public String workbookToJson(InputStream workbook) {
		return PRETTY.writeValueAsString(ScorecardWorkbook.read(workbook));
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
		ScorecardCheck check = check(draft.getSourceJson(), draft.getProductSetCode());
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
		JsonNode doc;
		try {
			doc = JSON.readTree(document);
		}
		catch (JacksonException e) {
			doc = null;
		}
		List<Problem> problems = new ArrayList<>();
		List<String> locations = new ArrayList<>();
		try {
			catalog.parser().parse(document);
		}
		catch (ScorecardParser.LocatedProblems e) {
			problems.addAll(e.problems());
			locations.addAll(e.locations());
		}
		catch (ImportProblems e) {
			problems.addAll(e.problems());
			e.problems().forEach(p -> locations.add(""));
		}
		if (doc == null || !doc.isObject()) {
			return new ScorecardCheck(problems, List.of(), locations);
		}
		int parsed = problems.size();
		String setCode = doc.path("productSet").path("code").asString("");
		String regulation = doc.path("regulation").path("code").asString("");
		if (productSetCode != null && !productSetCode.equals(setCode)) {
			problems.add(new Problem(0, "criteria.draft.otherSet", setCode, productSetCode));
		}
		else if (!setCode.isBlank()) {
			var set = catalog.productSet(setCode);
			if (set.isEmpty()) {
				problems.add(new Problem(0, "criteria.draft.unknownSet", setCode));
			}
			else if (!set.get().regulationCode().equals(regulation)) {
				problems.add(new Problem(0, "criteria.scorecard.productSetRegulation", setCode,
						set.get().regulationCode()));
			}
		}
		for (int i = parsed; i < problems.size(); i++) {
			locations.add("");
		}
		return new ScorecardCheck(problems, partTotals(doc), locations);
	}

	/** A published scorecard as its {@code ocop-criteria/1} document, as it was accepted (indented). */
	@Transactional(readOnly = true)
	public String exportJson(String code) {
		String source = catalog.source(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
		return PRETTY.writeValueAsString(JSON.readTree(source));
	}

	/** A published scorecard as the .xlsx template, filled in. */
	@Transactional(readOnly = true)
	public byte[] exportWorkbook(String code) {
		String source = catalog.source(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
		return ScorecardWorkbook.write(JSON.readTree(source));
	}

	/** A draft's document as the .xlsx template, as far as it is written. */
	@Transactional(readOnly = true)
	public byte[] draftWorkbook(UUID id) {
		return ScorecardWorkbook.write(JSON.readTree(load(id).getSourceJson()));
	}

	/**
	 * The .xlsx template to fill in for a product set: its regulation and set filled in, the regulation's parts with
	 * their maxima; or, with no set, a template with the format's empty fields.
	 */
	@Transactional(readOnly = true)
	public byte[] template(@Nullable String productSetCode) {
		if (productSetCode == null || productSetCode.isBlank()) {
			ObjectNode doc = JSON.createObjectNode();
			doc.put("format", ScorecardParser.FORMAT);
			doc.set("starBands", defaultBands());
			return ScorecardWorkbook.write(doc);
		}
		ProductSet set = catalog.productSet(productSetCode)
				.orElseThrow(() -> new NotFoundException("criteria.productSet.notFound", productSetCode));
		return ScorecardWorkbook.write(blank(set));
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
				check(draft.getSourceJson(), draft.getProductSetCode()), draft.getCreatedAt(), draft.getCreatedBy(),
				draft.getUpdatedAt(), draft.getUpdatedBy());
	}

	/**
	 * An empty scorecard of a product set: its regulation and set, the regulation's parts (named as on another
	 * scorecard of the regulation, if there is one), its star bands and legend, no groups yet.
	 */
	private ObjectNode blank(ProductSet set) {
		Regulation regulation = catalog.regulation(set.regulationCode())
				.orElseThrow(() -> new NotFoundException("criteria.productSet.notFound", set.code()));
		JsonNode sibling = catalog.scorecards().stream().filter(s -> s.regulation().equals(regulation.code()))
				.findFirst().flatMap(s -> catalog.source(s.code())).map(JSON::readTree).orElse(null);
		ObjectNode doc = JSON.createObjectNode();
		doc.put("format", ScorecardParser.FORMAT);
		ObjectNode reg = doc.putObject("regulation");
		reg.put("code", regulation.code());
		reg.put("title", regulation.title());
		reg.put("date", regulation.date().toString());
		ObjectNode ps = doc.putObject("productSet");
		ps.put("code", set.code());
		ps.put("name", set.name());
		ps.put("group", set.groupName());
		ps.put("sector", set.sectorName());
		if (!set.leadMinistry().isBlank()) {
			ps.put("ministry", set.leadMinistry());
		}
		ArrayNode parts = doc.putArray("parts");
		for (var part : new java.util.TreeMap<>(regulation.partMaxPoints()).entrySet()) {
			ObjectNode p = parts.addObject();
			p.put("code", part.getKey());
			String name = "";
			if (sibling != null) {
				for (JsonNode other : sibling.path("parts")) {
					if (other.path("code").asString("").equals(part.getKey())) {
						name = other.path("name").asString("");
					}
				}
			}
			p.put("name", name);
			p.put("maxPoints", part.getValue());
			p.putArray("groups");
		}
		doc.set("starBands", sibling != null && sibling.path("starBands").isArray() ? sibling.path("starBands")
				: defaultBands());
		if (sibling != null && sibling.path("starRequirementLegend").isString()) {
			doc.put("starRequirementLegend", sibling.path("starRequirementLegend").asString());
		}
		return doc;
	}

	private static ArrayNode defaultBands() {
		ArrayNode bands = JSON.createArrayNode();
		for (int count = Stars.MAX; count >= Stars.MIN; count--) {
			ObjectNode band = bands.addObject();
			band.put("stars", count);
			band.put("minScore", Stars.of(count).minScore());
		}
		return bands;
	}

	/** Each part's declared maximum and its criteria's highest options as typed, whatever else is wrong. */
	static List<ScorecardCheck.PartTotal> partTotals(JsonNode doc) {
		List<ScorecardCheck.PartTotal> totals = new ArrayList<>();
		for (JsonNode part : doc.path("parts")) {
			int sum = 0;
			int count = 0;
			for (JsonNode group : part.path("groups")) {
				for (JsonNode criterion : group.path("criteria")) {
					count++;
					int max = 0;
					for (JsonNode option : criterion.path("options")) {
						if (option.path("points").isIntegralNumber()) {
							max = Math.max(max, option.path("points").asInt());
						}
					}
					sum += max;
				}
			}
			JsonNode declared = part.path("maxPoints");
			totals.add(new ScorecardCheck.PartTotal(part.path("code").asString(""), part.path("name").asString(""),
					declared.isIntegralNumber() ? Integer.valueOf(declared.asInt()) : null, sum, count));
		}
		return totals;
	}
}
