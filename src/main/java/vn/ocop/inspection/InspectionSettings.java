package vn.ocop.inspection;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Inspection settings: the limits of public complaints and of photos ({@code ocop.monitoring.*}, the prefix of the
 * former monitoring module, kept so that existing configurations still apply).
 *
 * @param complaintsPerHour public complaints accepted per client address and hour
 * @param complaintPhotoMaxBytes the largest photo accepted with a complaint or a finding
 */
@ConfigurationProperties("ocop.monitoring")
public record InspectionSettings(@Nullable Integer complaintsPerHour, @Nullable Long complaintPhotoMaxBytes) {

	public InspectionSettings {
		complaintsPerHour = complaintsPerHour == null ? 5 : Math.max(1, complaintsPerHour);
		complaintPhotoMaxBytes = complaintPhotoMaxBytes == null ? 5L * 1024 * 1024 : complaintPhotoMaxBytes;
	}
}
