package vn.ocop.inspection;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.ocop.shared.document.CheckedUpload;
import vn.ocop.shared.document.CheckedUpload.UploadPolicy;

/** Accepts photos by their content (not their name): JPEG, PNG or WebP, not empty, within the configured size. */
@Component
class PhotoCheck {

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	private final UploadPolicy policy;

	PhotoCheck(InspectionSettings settings) {
		long max = settings.complaintPhotoMaxBytes() == null ? 5L * 1024 * 1024 : settings.complaintPhotoMaxBytes();
		this.policy = new UploadPolicy(TYPES, max, "monitoring.photo.empty", "monitoring.photo.tooLarge",
				"monitoring.photo.type", UploadPolicy::kindInWords, false, 200);
	}

	/** The photo's media type; 422 naming the problem otherwise. */
	String require(byte[] content) {
		return CheckedUpload.check(null, content, policy, "anh").contentType();
	}
}
