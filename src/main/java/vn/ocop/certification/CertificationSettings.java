package vn.ocop.certification;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Certification settings ({@code ocop.certification.*}).
 *
 * @param codePrefix the first part of certificate codes: the GSO province code (42 for Hà Tĩnh)
 * @param authority the body that signs recognition decisions when the office names none
 * @param province the province's name as printed on certificates and labels
 * @param reminderDays days before the last day of validity at which producer and officers are reminded
 * @param expiryJob whether the expiry job runs on its own schedule
 * @param expiryInterval how often the expiry job runs (it is idempotent)
 * @param expiryInitialDelay how long after start-up it first runs
 * @param pdfCacheSize how many rendered certificate PDFs are kept in memory
 */
@ConfigurationProperties("ocop.certification")
record CertificationSettings(@Nullable String codePrefix, @Nullable String authority, @Nullable String province,
		@Nullable List<Integer> reminderDays, @Nullable Boolean expiryJob, @Nullable Duration expiryInterval,
		@Nullable Duration expiryInitialDelay, @Nullable Integer pdfCacheSize) {

	CertificationSettings {
		codePrefix = codePrefix == null || codePrefix.isBlank() ? "42" : codePrefix.strip();
		authority = authority == null || authority.isBlank() ? "Ủy ban nhân dân tỉnh Hà Tĩnh" : authority.strip();
		province = province == null || province.isBlank() ? "Hà Tĩnh" : province.strip();
		reminderDays = reminderDays == null || reminderDays.isEmpty() ? List.of(90, 60, 30)
				: reminderDays.stream().filter(d -> d != null && d > 0).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
		expiryJob = expiryJob == null ? Boolean.TRUE : expiryJob;
		expiryInterval = expiryInterval == null ? Duration.ofHours(1) : expiryInterval;
		expiryInitialDelay = expiryInitialDelay == null ? Duration.ofMinutes(1) : expiryInitialDelay;
		pdfCacheSize = pdfCacheSize == null || pdfCacheSize < 0 ? 64 : pdfCacheSize;
	}

	String codePrefixOrDefault() {
		return codePrefix == null ? "42" : codePrefix;
	}

	String authorityOrDefault() {
		return authority == null ? "" : authority;
	}

	String provinceOrDefault() {
		return province == null ? "" : province;
	}

	List<Integer> reminderDaysOrDefault() {
		return reminderDays == null ? List.of(90, 60, 30) : reminderDays;
	}
}
