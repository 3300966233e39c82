package vn.ocop.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;

/**
 * The criteria module booted alone, on its own empty in-memory database (no demo data, no other module): at start it
 * loads the shipped regulations, taxonomies and scorecards; the office writes a draft, which publishes only when it
 * keeps every rule of the format, as the next version; a scorecard is never loaded twice; the first session's use is
 * kept. Each test works on a product set of its own.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:criteria-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false" })
class CriteriaModuleTests {

	@Autowired
	CriteriaApi criteria;

	@Autowired
	CriteriaCatalog catalog;

	@Autowired
	ScorecardAuthoring authoring;

	@Autowired
	ScorecardFiles files;

	@Test
	void shouldLoadTheShippedRulesAtStart() {
		assertThat(criteria.scorecards()).extracting(ScorecardSummary::code).contains("1048-01", "148-01", "26-2026-24");
		assertThat(criteria.productSets("26/2026/QĐ-TTg")).hasSize(26);
		assertThat(criteria.productSets("1489/QĐ-TTg")).isEqualTo(criteria.productSets("148/QĐ-TTg"));
		assertThat(criteria.regulation("26/2026/QĐ-TTg")).isPresent();
		assertThat(criteria.scorecardFor("148-01", "1489/QĐ-TTg")).map(Scorecard::code).contains("148-01");
	}

	@Test
	void shouldPublishARevisedDraftAsTheNextVersion() {
		ScorecardDraftView draft = authoring.startDraft("148-02", "admin");
		assertThat(draft.basedOn()).isEqualTo("148-02");
		assertThat(draft.nextVersion()).isEqualTo(2);
		assertThat(draft.check().publishable()).isTrue();
		assertThat(draft.document()).doesNotContain("\"version\"");

		ScorecardDraftView revised = authoring.revise(draft.id(), draft.document(), "editor");
		assertThat(revised.updatedBy()).isEqualTo("editor");
		assertThat(revised.createdBy()).isEqualTo("admin");
		ScorecardSummary published = authoring.publish(draft.id(), "admin");

		assertThat(published.code()).isEqualTo("148-02.v2");
		assertThat(published.version()).isEqualTo(2);
		assertThat(published.origin()).isEqualTo("AUTHORED");
		assertThat(catalog.latestScorecard("148-02")).map(Scorecard::code).contains("148-02.v2");
		assertThat(catalog.versions("148-02")).extracting(ScorecardSummary::code).containsExactly("148-02.v2", "148-02");
		assertThat(authoring.draftFor("148-02")).isEmpty();
	}

	@Test
	void shouldKeepABrokenDraftButNotPublishIt() {
		ScorecardDraftView draft = authoring.startDraft("26-2026-01", "admin");
		assertThat(draft.basedOn()).isNull();
		assertThat(draft.nextVersion()).isEqualTo(1);
		assertThat(draft.check().publishable()).isFalse();

		assertThatThrownBy(() -> authoring.publish(draft.id(), "admin")).isInstanceOf(ImportProblems.class);
		assertThat(authoring.draftFor("26-2026-01")).isPresent();
		assertThatThrownBy(() -> authoring.startDraft("26-2026-01", "admin"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("criteria.draft.exists"));
		authoring.discard(draft.id());
		assertThat(authoring.draftFor("26-2026-01")).isEmpty();
	}

	@Test
	void shouldTakeAnExportedWorkbookBackAsADraftUnchanged() {
		byte[] workbook = files.exportWorkbook("148-03");
		ScorecardImport imported = authoring.importWorkbook(new ByteArrayInputStream(workbook), null, "admin");

		assertThat(imported.replaced()).isEmpty();
		assertThat(imported.draft().productSetCode()).isEqualTo("148-03");
		assertThat(imported.draft().check().publishable()).isTrue();
		authoring.discard(imported.draft().id());
	}

	@Test
	void shouldRefuseToLoadAScorecardTwice() {
		String source = catalog.source("148-04").orElseThrow();

		assertThatThrownBy(() -> catalog.loadScorecard(source, "admin"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("criteria.scorecard.exists"));
	}

	@Test
	void shouldKeepTheFirstSessionsUse() {
		Instant first = Instant.parse("2026-03-01T02:00:00Z");
		criteria.recordUse("148-05", first.plusSeconds(3600));
		criteria.recordUse("148-05", first);
		criteria.recordUse("148-05", first.plusSeconds(7200));

		assertThat(catalog.summary("148-05").orElseThrow().firstUsedAt()).isEqualTo(first);
	}
}
