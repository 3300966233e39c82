package vn.ocop.evaluation;

import vn.ocop.shared.document.CheckedUpload;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductStatus;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;

/**
 * The central council (Hội đồng Trung ương) as the province sees it (26/2026/QĐ-TTg Điều 7.4): a product of 90 points
 * or more at the provincial council is passed on to it; when its evaluation arrives, the provincial office records
 * it (score, proposed stars, date, the reference of its minutes). Proposing 5★, it leads to the Minister's
 * recognition, which the office records next; proposing fewer, the product is rated at the province on its result
 * (3★–4★, recognised by the provincial Chair), below 3★ not rated.
 */
@Service
@Transactional
public class CentralCouncil {

	/** The file name of a document offered without one. */
	static final String MINUTES_NAME = "bien-ban-hoi-dong-trung-uong";

	private final EvaluationResults evaluation;
	private final Evaluations evaluations;
	private final CentralResults results;
	private final ProductLifecycle products;
	private final AccessScope scope;
	private final FileStorage storage;
	private final EvaluationSettings settings;
	private final Clock clock;

	CentralCouncil(EvaluationResults evaluation, Evaluations evaluations, CentralResults results,
			ProductLifecycle products, AccessScope scope, FileStorage storage, EvaluationSettings settings,
			Clock clock) {
		this.storage = storage;
		this.settings = settings;
		this.evaluation = evaluation;
		this.evaluations = evaluations;
		this.results = results;
		this.products = products;
		this.scope = scope;
		this.clock = clock;
	}

	/** What the office enters from the central council's minutes (checked by {@link CentralResult}). */
	public record NewResult(@Nullable BigDecimal score, int proposedStars, @Nullable LocalDate evaluatedOn,
			@Nullable String minutesReference) {
	}

	/**
	 * Records the central council's result for a product passed on to it (the provincial office of the product's
	 * area). 409 if the product's latest result did not pass it on to the central council, or its result is already
	 * recorded; 422 for a score outside 0–100, stars outside 1–5, 5★ below 90 points, a day in the future or before
	 * the provincial session closed, or no minutes reference.
	 */
	public CentralCouncilResult record(UUID productId, NewResult input) {
		CurrentUser user = scope.requireCurrentUser();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial office records the central council's result");
		}
		ProductEvaluation passedOn = awaiting(productId)
				.orElseThrow(() -> BusinessRuleException.conflict("evaluation.central.notPassedOn"));
		if (results.findByEvaluationIdAndProductId(passedOn.evaluationId(), productId).isPresent()) {
			throw BusinessRuleException.conflict("evaluation.central.already");
		}
		LocalDate closed = passedOn.closedAt() == null ? null : passedOn.closedAt().atZone(clock.getZone()).toLocalDate();
		CentralResult saved = results.save(new CentralResult(productId, passedOn.evaluationId(), input.score(),
				input.proposedStars(), input.evaluatedOn(), input.minutesReference(), LocalDate.now(clock), closed,
				clock.instant(), user.username()));
		return saved.toView();
	}

	/**
	 * Records the central council's result together with its minutes or result document, in one step: nothing is
	 * recorded when the document is refused (422: empty, too large, or not a PDF, JPEG or PNG by its content).
	 */
	public CentralCouncilResult record(UUID productId, NewResult input, @Nullable String fileName, InputStream content)
			throws IOException {
		requireOffice();
		var upload = CheckedUpload.read(fileName, content, settings.maxUpload(), MINUTES_NAME);
		CentralCouncilResult recorded = record(productId, input);
		CentralResult result = results.findByEvaluationIdAndProductId(recorded.evaluationId(), productId).orElseThrow();
		return attach(result, upload);
	}

	/**
	 * Attaches the central council's minutes or result document to the product's recorded result (the provincial
	 * office); a later document replaces it. 404 when no result is recorded; 422 for an empty or too large file, or
	 * one that is not a PDF, JPEG or PNG by its content.
	 */
	public CentralCouncilResult attachMinutes(UUID productId, @Nullable String fileName, InputStream content)
			throws IOException {
		requireOffice();
		CentralResult result = recorded(productId);
		return attach(result, CheckedUpload.read(fileName, content, settings.maxUpload(), MINUTES_NAME));
	}

	/** A stored document to send back. */
	public record StoredMinutes(String fileName, String contentType, InputStream content) {
	}

	/** The attached document of the product's central result (whoever sees its results); 404 when there is none. */
	@Transactional(readOnly = true)
	public StoredMinutes minutes(UUID productId) throws IOException {
		CentralResult result = recorded(productId);
		if (!result.hasMinutes()) {
			throw new NotFoundException("evaluation.central.noMinutes", productId);
		}
		return new StoredMinutes(String.valueOf(result.getFileName()), String.valueOf(result.getContentType()),
				storage.open(String.valueOf(result.getStorageKey())));
	}

	private CentralCouncilResult attach(CentralResult result, CheckedUpload upload) throws IOException {
		String key = storage.store("central-result", upload.bytes());
		result.attachMinutes(upload.fileName(), upload.contentType(), upload.bytes().length, upload.sha256(), key,
				clock.instant(), scope.requireCurrentUser().username());
		return results.save(result).toView();
	}

	/** The product's recorded central result for its latest passing on (whoever sees its results); 404 if none. */
	private CentralResult recorded(UUID productId) {
		List<ProductEvaluation> list = evaluation.productEvaluations(productId);
		return (list.isEmpty() ? Optional.<CentralResult>empty()
				: results.findByEvaluationIdAndProductId(list.get(list.size() - 1).evaluationId(), productId))
				.orElseThrow(() -> new NotFoundException("evaluation.central.notFound", productId));
	}

	private void requireOffice() {
		if (!scope.requireCurrentUser().has(Role.PROVINCE_ADMIN)) {
			throw new AccessDeniedException("Only the provincial office records the central council's result");
		}
	}

	/** Whether the signed-in user records the central council's results (the provincial office). */
	@Transactional(readOnly = true)
	public boolean mayRecord() {
		return scope.requireCurrentUser().has(Role.PROVINCE_ADMIN);
	}

	/** The central council's result for the product's latest passing on, if recorded (whoever sees its results). */
	@Transactional(readOnly = true)
	public Optional<CentralCouncilResult> result(UUID productId) {
		List<ProductEvaluation> list = evaluation.productEvaluations(productId);
		if (list.isEmpty()) {
			return Optional.empty();
		}
		ProductEvaluation last = list.get(list.size() - 1);
		return results.findByEvaluationIdAndProductId(last.evaluationId(), productId).map(CentralResult::toView);
	}

	/**
	 * The provincial result that passed the product on to the central council and still waits for its result
	 * (the product under evaluation), if any.
	 */
	@Transactional(readOnly = true)
	public Optional<ProductEvaluation> awaiting(UUID productId) {
		List<ProductEvaluation> list = evaluation.productEvaluations(productId);
		if (list.isEmpty()) {
			return Optional.empty();
		}
		ProductEvaluation last = list.get(list.size() - 1);
		boolean passedOn = last.outcome() == Outcome.ESCALATED && last.escalatedTo() == CouncilLevel.CENTRAL;
		if (!passedOn || products.summary(productId).status() != ProductStatus.UNDER_EVALUATION) {
			return Optional.empty();
		}
		return results.findByEvaluationIdAndProductId(last.evaluationId(), productId).isPresent() ? Optional.empty()
				: Optional.of(last);
	}

	/** The products passed on to the central council whose result the office has not recorded yet (its area). */
	@Transactional(readOnly = true)
	public List<UUID> awaitingResults() {
		CurrentUser user = scope.requireCurrentUser();
		List<UUID> waiting = new ArrayList<>();
		if (!user.has(Role.PROVINCE_ADMIN)) {
			return waiting;
		}
		for (UUID productId : evaluations.passedOnTo(CouncilLevel.CENTRAL)) {
			if (!waiting.contains(productId) && covered(productId) && awaiting(productId).isPresent()) {
				waiting.add(productId);
			}
		}
		return waiting;
	}

	private boolean covered(UUID productId) {
		try {
			evaluation.productEvaluations(productId);
			return true;
		}
		catch (AccessDeniedException e) {
			return false;
		}
	}

}
