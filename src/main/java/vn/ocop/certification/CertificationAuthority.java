package vn.ocop.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.DossierType;
import vn.ocop.criteria.Regulation;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.identity.CurrentUser;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.BusinessRuleException;

/**
 * Who may decide what, by the regulations' data ({@code criteria/regulations.json}): a level recognises, downgrades
 * or revokes only the stars its regulation gives it (under 148/QĐ-TTg the district 3★, the province 4★, the centre
 * 5★; under 26/2026/QĐ-TTg the Chair of the provincial People's Committee 3★–4★ and the Minister 5★, the commune
 * only pre-assesses). A recognition follows the regulation the product was rated under (its dossier's filing day
 * and type); a downgrade or revocation the regulation in force on the decision's day. Also works out the authority
 * and signature block a decision of a level carries, with the unit's name from geography.
 */
@Component
class CertificationAuthority {

	static final String CENTRAL_PLACE = "Hà Nội";
	private static final Locale VI = Locale.forLanguageTag("vi");
	private static final List<String> UNIT_PREFIXES = List.of("Thành phố ", "Thị xã ", "Thị trấn ", "Tỉnh ", "Huyện ",
			"Quận ", "Xã ", "Phường ", "Đặc khu ");

	private final CriteriaApi criteria;
	private final GeographyApi geography;
	private final CertificationSettings settings;

	CertificationAuthority(CriteriaApi criteria, GeographyApi geography, CertificationSettings settings) {
		this.criteria = criteria;
		this.geography = geography;
		this.settings = settings;
	}

	/** The level a decision is recorded at: the one asked for, if the user may record it; else the user's own. */
	IssuingLevel level(CurrentUser user, @Nullable IssuingLevel requested) {
		IssuingLevel own = IssuingLevel.of(user);
		if (own == null) {
			throw new AccessDeniedException("Only the officers of a People's Committee record certification decisions");
		}
		if (requested == null) {
			return own;
		}
		if (!IssuingLevel.recordableBy(user).contains(requested)) {
			throw BusinessRuleException.unprocessable("certification.level.notYours", levelName(requested),
					levelName(own));
		}
		return requested;
	}

	/** The regulation a product was rated under: the one its dossier's filing day and type choose. */
	Regulation ratedUnder(ProductSummary product) {
		if (product.filedOn() != null) {
			DossierType type = product.dossierType() == null ? DossierType.FIRST : product.dossierType();
			return criteria.ruleFor(product.filedOn(), type).regulation();
		}
		return criteria.regulation(product.regulationCode()).orElseThrow(
				() -> BusinessRuleException.unprocessable("criteria.regulation.unknown", product.regulationCode()));
	}

	/**
	 * The regulation whose levels decide a recognition of the day for a product rated under {@code rated}: the
	 * latest amendment in effect by then, if any (1489/QĐ-TTg moved 148's district recognition to the province when
	 * the districts were abolished, 6/7/2025; a 148 dossier decided after it follows 148 as amended), else itself.
	 */
	Regulation recognisingUnder(Regulation rated, LocalDate decisionDay) {
		Regulation result = rated;
		for (Regulation r : criteria.regulations()) {
			if (rated.code().equals(r.amends()) && r.effectiveFrom() != null && !decisionDay.isBefore(r.effectiveFrom())
					&& (result == rated || r.effectiveFrom().isAfter(result.effectiveFrom()))) {
				result = r;
			}
		}
		return result;
	}

	/** The regulation whose procedure governs a decision of the day (the certificate's own if none is known). */
	Regulation inForceOn(LocalDate day, String fallbackCode) {
		return criteria.regulationInForce(day).or(() -> criteria.regulation(fallbackCode))
				.orElseThrow(() -> BusinessRuleException.unprocessable("criteria.regulation.unknown", fallbackCode));
	}

	/** The regulation in force on the day (the latest one for a day before any). */
	Regulation inForceOn(LocalDate day) {
		List<Regulation> all = criteria.regulations();
		return criteria.regulationInForce(day).orElse(all.get(all.size() - 1));
	}

	static boolean isLevelRefusal(Refusal refusal) {
		return refusal.reason().equals("certification.level.noAuthority")
				|| refusal.reason().equals("certification.level.notTheseStars");
	}

	/**
	 * Why the level may not decide on the stars under the regulation (a message code with its arguments), or empty
	 * if it may: the level must have the RECOGNISE role for those stars.
	 */
	Optional<Refusal> mayNotDecide(Regulation regulation, IssuingLevel level, int stars, String item,
			@Nullable String name, @Nullable String status) {
		Optional<Regulation.Level> rule = regulation.level(level.name());
		if (rule.isPresent() && rule.get().recognises(stars)) {
			return Optional.empty();
		}
		String competent = regulation.recognisingLevel(stars);
		String reason = rule.isEmpty() || !"RECOGNISE".equals(rule.get().role()) ? "certification.level.noAuthority"
				: "certification.level.notTheseStars";
		return Optional.of(new Refusal(item, name, reason, status, List.of(regulation.code(), level.name(), stars,
				competent == null ? "" : competent)));
	}

	/** The authority, signature block and place of a decision of the level, signed in the capacity. */
	Decision.Issuer issuer(IssuingLevel level, CurrentUser user, LocalDate date, Regulation regulation,
			SignerCapacity capacity) {
		Regulation.Signature signature = regulation.level(level.name()).map(Regulation.Level::signature)
				.orElse(null);
		if (signature == null) {
			signature = level == IssuingLevel.CENTRAL
					? new Regulation.Signature("Bộ Nông nghiệp và Môi trường", false, null, "BỘ TRƯỞNG", "THỨ TRƯỞNG")
					: new Regulation.Signature("Ủy ban nhân dân", true, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "PHÓ CHỦ TỊCH");
		}
		String unitCode = level == IssuingLevel.CENTRAL ? null : user.unitCode();
		String unitName = unitCode == null ? null : unitName(unitCode, date);
		String body = signature.bodyOf(unitName);
		if (level == IssuingLevel.PROVINCE && unitName == null) {
			body = settings.authorityOrDefault();
		}
		String place = level == IssuingLevel.CENTRAL ? CENTRAL_PLACE
				: unitName == null ? settings.provinceOrDefault() : placeOf(unitName);
		return new Decision.Issuer(level, unitCode, regulation.code(), capacity,
				signature.block(capacity == SignerCapacity.DEPUTY), signature.head() + " " + body.toUpperCase(VI), place, body);
	}

	private @Nullable String unitName(String code, LocalDate date) {
		Optional<Unit> unit = geography.find(code, date);
		if (unit.isEmpty()) {
			List<Unit> versions = geography.versionsOf(code);
			return versions.isEmpty() ? null : versions.get(versions.size() - 1).name();
		}
		return unit.get().name();
	}

	/** Whether the unit of the user exists on the day (a district decides nothing after 1 July 2025). */
	boolean unitExists(CurrentUser user, IssuingLevel level, LocalDate date) {
		return level == IssuingLevel.CENTRAL || geography.find(user.unitCode(), date).isPresent()
				|| geography.versionsOf(user.unitCode()).isEmpty();
	}

	static String placeOf(String unitName) {
		for (String prefix : UNIT_PREFIXES) {
			if (unitName.startsWith(prefix)) {
				return unitName.substring(prefix.length());
			}
		}
		return unitName;
	}

	/** The level's name in the reader's language, as a message argument. */
	static MessageSourceResolvable levelName(@Nullable Object level) {
		String code = level == null || level.toString().isEmpty() ? "NONE" : level.toString();
		return new DefaultMessageSourceResolvable(new String[] { "certification.level.name." + code }, code);
	}

	/** A level refusal as the exception a single product or certificate gets: the rule in the reader's words. */
	static BusinessRuleException refusal(Refusal refusal) {
		List<Object> a = refusal.arguments();
		return new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
				java.util.Map.of("refused", List.of(refusal)), refusal.reason(), a.get(0), levelName(a.get(1)), a.get(2),
				levelName(a.get(3)), refusal.name() == null ? refusal.item() : refusal.name());
	}
}
