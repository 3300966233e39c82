package vn.ocop.evaluation.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ocop.evaluation.CouncilRules;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.CouncilSetup;
import vn.ocop.evaluation.NewCouncil;

/**
 * Councils over JSON: setting one up, listing them, changing their operating rules.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "evaluation", description = "Đánh giá, phân hạng sản phẩm / Evaluation and star ranking")
class CouncilApiController {

	record Created(UUID id) {
	}

	private final CouncilSetup councils;

	CouncilApiController(CouncilSetup councils) {
		this.councils = councils;
	}

	@PostMapping("/councils")
	@Operation(summary = "Thành lập hội đồng / Set up a council")
	ResponseEntity<Created> createCouncil(@Valid @RequestBody NewCouncil council) {
		var created = councils.createCouncil(council);
		return ResponseEntity.created(URI.create("/api/v1/councils/" + created.id())).body(new Created(created.id()));
	}

	@GetMapping("/councils")
	List<CouncilView> councils() {
		return councils.councils();
	}

	@GetMapping("/councils/{id}")
	CouncilView council(@PathVariable UUID id) {
		return councils.council(id);
	}

	@PutMapping("/councils/{id}/rules")
	@Operation(summary = "Quy chế hoạt động của hội đồng / The council's operating rules (quorum, spread threshold, "
			+ "re-scoring); sessions already opened keep theirs")
	CouncilView changeRules(@PathVariable UUID id, @Valid @RequestBody CouncilRules rules) {
		return councils.changeRules(id, rules);
	}
}
