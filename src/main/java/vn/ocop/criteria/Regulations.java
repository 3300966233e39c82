package vn.ocop.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.BusinessRuleException;

/**
 * The regulations (from {@code criteria/regulations.json}) and which of them a dossier is evaluated under.
 */
@Component
class Regulations {

	record RegulationsFile(List<Regulation> regulations) {
	}

	private final List<Regulation> all;

	Regulations() throws IOException {
		try (InputStream in = new ClassPathResource("criteria/regulations.json").getInputStream()) {
			this.all = List.copyOf(JsonMapper.builder().build().readValue(in, RegulationsFile.class).regulations());
		}
	}

	List<Regulation> all() {
		return all;
	}

	Optional<Regulation> find(String code) {
		return all.stream().filter(r -> r.code().equals(code)).findFirst();
	}

	/**
	 * The regulation a dossier filed on the day is evaluated under: the one in force on its filing date (26/2026
	 * Điều 12.2: a dossier filed before 22/5/2026 finishes under 148/1489, by the day its transition sets), never
	 * the one of the product's registration. 422 for a day before any regulation.
	 */
	RuleChoice ruleFor(LocalDate filedOn, DossierType type) {
		Regulation chosen = all.stream().filter(r -> r.inForceOn(filedOn)).findFirst()
				.orElseThrow(() -> BusinessRuleException.unprocessable("criteria.rule.none",
						filedOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
		for (Regulation successor : all) {
			var transition = successor.transition();
			if (transition != null && filedOn.isBefore(transition.filedBefore())
					&& transition.continueUnder().contains(chosen.code())) {
				Integer days = transition.finishWithinDays().get(type);
				LocalDate start = successor.effectiveFrom() == null ? transition.filedBefore() : successor.effectiveFrom();
				return new RuleChoice(chosen, filedOn, type, true, days == null ? null : start.plusDays(days),
						successor.code());
			}
		}
		return new RuleChoice(chosen, filedOn, type, false, null, null);
	}
}
