package vn.ocop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.ocop.criteria.DossierType;
import vn.ocop.geography.UnitAt;

/**
 * A product as other modules and the API see it, with the type and filing date of its last dossier (which choose
 * the regulation it is evaluated under) and whether a re-evaluation or upgrade is filed and waiting for a council.
 */
public record ProductSummary(UUID id, String name, UUID producerId, String producerName, int cycleYear,
		String regulationCode, String productSetCode, String communeCode, LocalDate unitDate,
		RegistrationType registrationType, @Nullable String description, @Nullable String ingredients,
		@Nullable String packaging, @Nullable String shelfLife, @Nullable String unit, @Nullable Long priceVnd,
		@Nullable String gtin, @Nullable String story, ProductStatus status, @Nullable Integer stars,
		Instant createdAt, Instant statusChangedAt, @Nullable DossierType dossierType, @Nullable LocalDate filedOn,
		boolean renewalFiled) {

	/** The commune of origin as it was on the unit date (the API keeps the two fields). */
	public UnitAt unitAt() {
		return new UnitAt(communeCode, unitDate);
	}
}
