package vn.ocop.evaluation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import vn.ocop.registry.ProductSummary;

/**
 * The evaluation as other modules call it (the demo data, certification, the dashboard): one entry that forwards
 * to the use cases, where the rules and the access checks live — {@link CouncilSetup}, {@link SessionPlanning},
 * {@link Scoring}, {@link CouncilProcedure}, {@link DivergenceSettlement}, {@link SessionProgress},
 * {@link SessionClosing} and {@link EvaluationResults}. The module's own pages call the use cases directly.
 */
@Service
public class EvaluationManagement {

	private final CouncilSetup councils;
	private final SessionPlanning planning;
	private final Scoring scoring;
	private final CouncilProcedure procedure;
	private final DivergenceSettlement divergences;
	private final SessionProgress progress;
	private final SessionClosing closing;
	private final EvaluationResults results;

	EvaluationManagement(CouncilSetup councils, SessionPlanning planning, Scoring scoring, CouncilProcedure procedure,
			DivergenceSettlement divergences, SessionProgress progress, SessionClosing closing,
			EvaluationResults results) {
		this.councils = councils;
		this.planning = planning;
		this.scoring = scoring;
		this.procedure = procedure;
		this.divergences = divergences;
		this.progress = progress;
		this.closing = closing;
		this.results = results;
	}

	/** See {@link CouncilSetup#createCouncil}. */
	public CouncilView createCouncil(NewCouncil command) {
		return councils.createCouncil(command);
	}

	/** See {@link CouncilSetup#changeRules}. */
	public CouncilView changeRules(UUID councilId, CouncilRules rules) {
		return councils.changeRules(councilId, rules);
	}

	/** See {@link CouncilSetup#mayManage}. */
	public boolean mayManage(UUID councilId) {
		return councils.mayManage(councilId);
	}

	public List<CouncilView> councils() {
		return councils.councils();
	}

	public CouncilView council(UUID id) {
		return councils.council(id);
	}

	/** See {@link SessionPlanning#open}. */
	public EvaluationView open(UUID councilId, List<UUID> productIds) {
		return planning.open(councilId, productIds);
	}

	public EvaluationView evaluation(UUID id) {
		return planning.evaluation(id);
	}

	/** See {@link SessionPlanning#evaluations}. */
	public List<EvaluationView> evaluations() {
		return planning.evaluations();
	}

	/** See {@link SessionPlanning#hasScorecardForSession}. */
	public boolean hasScorecardForSession(ProductSummary product) {
		return planning.hasScorecardForSession(product);
	}

	/** See {@link Scoring#scoring}. */
	public ScoringView scoring(UUID evaluationId, UUID productId) {
		return scoring.scoring(evaluationId, productId);
	}

	/** See {@link Scoring#save}. */
	public ScoringView save(UUID evaluationId, UUID productId, Map<String, @Nullable Integer> picks, boolean submit) {
		return scoring.save(evaluationId, productId, picks, submit);
	}

	/** See {@link Scoring#rescore}. */
	public ScoringView rescore(UUID evaluationId, UUID productId) {
		return scoring.rescore(evaluationId, productId);
	}

	/** See {@link Scoring#declareConflict}. */
	public void declareConflict(UUID evaluationId, UUID productId, String reason) {
		scoring.declareConflict(evaluationId, productId, reason);
	}

	/** See {@link CouncilProcedure#recordAttendance}. */
	public EvaluationView recordAttendance(UUID evaluationId, List<Attendance> entries) {
		return procedure.recordAttendance(evaluationId, entries);
	}

	/** See {@link CouncilProcedure#chooseCase}. */
	public EvaluationView chooseCase(UUID evaluationId, UUID productId, int caseNumber) {
		return procedure.chooseCase(evaluationId, productId, caseNumber);
	}

	/** See {@link CouncilProcedure#checkDisqualifiers}. */
	public EvaluationView checkDisqualifiers(UUID evaluationId, UUID productId, boolean disqualified,
			@Nullable String reason) {
		return procedure.checkDisqualifiers(evaluationId, productId, disqualified, reason);
	}

	/** See {@link CouncilProcedure#recordAgreedAnswers}. */
	public EvaluationView recordAgreedAnswers(UUID evaluationId, UUID productId, Map<String, Integer> answers) {
		return procedure.recordAgreedAnswers(evaluationId, productId, answers);
	}

	/** See {@link CouncilProcedure#markedCriteria}. */
	public List<MarkedCriterion> markedCriteria(UUID evaluationId, UUID productId) {
		return procedure.markedCriteria(evaluationId, productId);
	}

	/** See {@link DivergenceSettlement#settleDivergence}. */
	public EvaluationView settleDivergence(UUID evaluationId, UUID productId, String record) {
		return divergences.settleDivergence(evaluationId, productId, record);
	}

	/** See {@link SessionProgress#progress}. */
	public Progress progress(UUID evaluationId) {
		return progress.progress(evaluationId);
	}

	/** See {@link SessionClosing#close}. */
	public SessionResults close(UUID evaluationId) {
		return closing.close(evaluationId);
	}

	/** See {@link EvaluationResults#results}. */
	public SessionResults results(UUID evaluationId) {
		return results.results(evaluationId);
	}

	/** See {@link EvaluationResults#productEvaluations}. */
	public List<ProductEvaluation> productEvaluations(UUID productId) {
		return results.productEvaluations(productId);
	}
}
