package vn.ocop.inspection.web;

/** The media type of a stored photo, from its first bytes (photos are checked on upload to be one of these). */
final class PhotoTypes {

	private PhotoTypes() {
	}

	static String of(byte[] bytes) {
		if (bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "image/png";
		}
		if (bytes.length > 11 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
				&& bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return "image/webp";
		}
		return "image/jpeg";
	}
}
