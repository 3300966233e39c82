package vn.ocop.certification;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A decision with what it decided: for a recognition the annex of products, producers, stars and scores; for a
 * downgrade or revocation the certificates it changed.
 */
public record DecisionDocument(DecisionView decision, List<Line> lines) {

	/**
	 * The regulations its products were rated under, in the order of the lines (one for most decisions; a recognition
	 * may list products filed before 22/5/2026 under 148/1489 with others under 26/2026). The decision's own
	 * {@code regulationCode} is only the one that gave its level the authority.
	 */
	public List<String> regulations() {
		List<String> codes = lines.stream().map(Line::regulationCode).distinct().toList();
		return codes.isEmpty() && decision.regulationCode() != null ? List.of(decision.regulationCode()) : codes;
	}

	/** Whether its products were rated under more than one regulation. */
	public boolean mixesRegulations() {
		return regulations().size() > 1;
	}

	/**
	 * One product of the decision.
	 *
	 * @param issuedStars the stars recognised
	 * @param stars the stars now
	 * @param score the council's mean score, if it scored in the system
	 */
	public record Line(String code, String productName, String producerName, String address, int issuedStars,
			int stars, @Nullable BigDecimal score, String regulationCode, CertificateStatus status) {
	}
}
