package vn.ocop.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded decision as the API and pages show it.
 *
 * @param kind recognition, downgrade or revocation
 * @param number the decision's number, e.g. {@code 3763/QĐ-UBND}
 * @param date the day it was signed
 * @param signer who signed it
 * @param authority the body that issued it, e.g. {@code Ủy ban nhân dân tỉnh Hà Tĩnh}
 * @param reason why (downgrades and revocations)
 * @param legalBasis the rules it relies on
 * @param id the decision's id (its PDF: {@code /api/v1/decisions/{id}/pdf})
 * @param level the level whose authority decided
 * @param unitCode the administrative unit of that authority ({@code null} for the central level)
 * @param regulationCode the regulation whose rules gave the level its authority
 * @param capacity whether the head or a deputy signed
 * @param signatureBlock the lines above the signer's name, e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
 * @param decidingTitle who decides, e.g. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
 * @param place the place written before the date, e.g. Hà Tĩnh
 * @param groundCode the legal ground of a revocation
 * @param groundText its wording
 * @param groundsEstablishedOn the day the ground was established
 * @param deliverBy the day by which the decision must reach the producer (26/2026 Điều 8: 15 days)
 */
public record DecisionView(DecisionKind kind, String number, LocalDate date, @Nullable String signer,
		String authority, @Nullable String reason, @Nullable String legalBasis, UUID id, IssuingLevel level,
		@Nullable String unitCode, @Nullable String regulationCode, SignerCapacity capacity, List<String> signatureBlock,
		String decidingTitle, String place, @Nullable String groundCode, @Nullable String groundText,
		@Nullable LocalDate groundsEstablishedOn, @Nullable LocalDate deliverBy) {

	/** Whether the decision reached the producer later than the regulation allows (signed after the deadline). */
	public boolean late() {
		return deliverBy != null && date.isAfter(deliverBy);
	}
}
