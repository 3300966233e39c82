package vn.ocop.evaluation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.CriteriaManagement;
import vn.ocop.criteria.Scorecard;
import vn.ocop.criteria.ScorecardSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.NotFoundException;

/**
 * The scorecards (bộ tiêu chí) councils score against: the list, one scorecard read-only, and the upload of a new
 * one by the provincial office, refused as a whole with every problem named.
 */
@Controller
class CriteriaWebController {

	static final String LIST = "evaluation/criteria";
	static final String SCORECARD = "evaluation/scorecard";
	static final String UPLOAD = "evaluation/criteria-upload";

	private final CriteriaApi criteria;
	private final CriteriaManagement management;
	private final EvaluationWebSupport support;

	CriteriaWebController(CriteriaApi criteria, CriteriaManagement management, EvaluationWebSupport support) {
		this.criteria = criteria;
		this.management = management;
		this.support = support;
	}

	@GetMapping("/criteria")
	String list(Model model) {
		model.addAttribute("scorecards", criteria.scorecards());
		return LIST;
	}

	@GetMapping("/criteria/upload")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String uploadForm() {
		return UPLOAD;
	}

	@PostMapping("/criteria/upload")
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", support.message("evaluation.page.criteria.noFile"));
			response.setStatus(422);
			return UPLOAD;
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			ScorecardSummary loaded = management.loadScorecard(new String(file.getBytes(), StandardCharsets.UTF_8),
					support.user().username());
			redirect.addFlashAttribute("flash", "evaluation.page.criteria.uploaded");
			return "redirect:/criteria/" + loaded.code();
		}
		catch (ImportProblems e) {
			List<Problem> problems = e.problems().stream()
					.map(p -> new Problem(p.row(), support.message(p.messageCode(), p.arguments().toArray()))).toList();
			model.addAttribute("error", support.message("import.refused", problems.size()));
			model.addAttribute("problems", problems);
		}
		catch (BusinessRuleException e) {
			model.addAttribute("error", support.message(e.messageCode(), e.arguments()));
		}
		response.setStatus(422);
		return UPLOAD;
	}

	/** A problem of a refused file, in the user's language. */
	record Problem(int row, String message) {
	}

	@GetMapping("/criteria/{code}")
	String scorecard(@PathVariable String code, Model model) {
		Scorecard scorecard = criteria.scorecard(code)
				.orElseThrow(() -> new NotFoundException("criteria.scorecard.notFound", code));
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("summary", criteria.scorecards().stream().filter(s -> s.code().equals(code)).findFirst()
				.orElse(null));
		model.addAttribute("criteriaCount", scorecard.criteria().count());
		return SCORECARD;
	}
}
