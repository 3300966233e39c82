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
