package vn.ocop.criteria;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ocop.shared.NotFoundException;

/**
 * Scorecards as files (access checked by the caller): published versions export as {@code ocop-criteria/1} JSON and
 * as the .xlsx template, drafts as the template as far as they are written, and a product set's template to fill in;
 * all of them upload again unchanged ({@link ScorecardAuthoring#importDraft}).
 */
@Service
@Transactional(readOnly = true)
public class ScorecardFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final CriteriaCatalog catalog;
	private final ScorecardDrafts drafts;
	private final BlankScorecards blanks;

	ScorecardFiles(CriteriaCatalog catalog, ScorecardDrafts drafts, BlankScorecards blanks) {
		this.catalog = catalog;
		this.drafts = drafts;
		this.blanks = blanks;
	}

	/** A published scorecard as its {@code ocop-criteria/1} document, as it was accepted (indented). */
	public String exportJson(String code) {
		String source = catalog.source(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
		return PRETTY.writeValueAsString(JSON.readTree(source));
	}

	/** A published scorecard as the .xlsx template, filled in. */
	public byte[] exportWorkbook(String code) {
		String source = catalog.source(code).orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
		return ScorecardWorkbook.write(JSON.readTree(source));
	}

	/** A draft's document as the .xlsx template, as far as it is written. */
	public byte[] draftWorkbook(UUID id) {
		return ScorecardWorkbook.write(JSON.readTree(drafts.findById(id)
				.orElseThrow(() -> new NotFoundException("criteria.draft.notFound", id)).getSourceJson()));
	}

	/**
	 * The .xlsx template to fill in for a product set: its regulation and set filled in, the regulation's parts with
	 * their maxima; or, with no set, a template with the format's empty fields.
	 */
	public byte[] template(@Nullable String productSetCode) {
		if (productSetCode == null || productSetCode.isBlank()) {
			ObjectNode doc = JSON.createObjectNode();
			doc.put("format", ScorecardParser.FORMAT);
			doc.set("starBands", BlankScorecards.defaultBands());
			return ScorecardWorkbook.write(doc);
		}
		ProductSet set = catalog.productSet(productSetCode)
				.orElseThrow(() -> new NotFoundException("criteria.productSet.notFound", productSetCode));
		return ScorecardWorkbook.write(blanks.of(set));
	}
}
