package vn.ocop.inspection;

import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import vn.ocop.shared.BusinessRuleException;

/** Accepts photos by their content (not their name): JPEG, PNG or WebP, not empty, within the configured size. */
@Component
class PhotoCheck {

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");
	private static final Tika TIKA = new Tika();

	private final InspectionSettings settings;

	PhotoCheck(InspectionSettings settings) {
		this.settings = settings;
	}

	/** The photo's media type; 422 naming the field {@code photo} otherwise. */
	String require(byte[] content) {
		long max = settings.complaintPhotoMaxBytes() == null ? 5L * 1024 * 1024 : settings.complaintPhotoMaxBytes();
		if (content.length == 0) {
			throw BusinessRuleException.unprocessable("monitoring.photo.empty");
		}
		if (content.length > max) {
			throw BusinessRuleException.unprocessable("monitoring.photo.tooLarge", max / (1024 * 1024));
		}
		String type = TIKA.detect(content);
		if (!TYPES.contains(type)) {
			throw BusinessRuleException.unprocessable("monitoring.photo.type", type);
		}
		return type;
	}
}
