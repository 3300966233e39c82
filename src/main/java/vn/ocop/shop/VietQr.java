package vn.ocop.shop;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The payload of a VietQR code for a bank transfer: an EMVCo merchant-presented QR (EMV QRCPS) as NAPAS specifies
 * it for VietQR — tag 38 with the GUID {@value #NAPAS_GUID}, the beneficiary's bank (acquirer BIN) and account and
 * the service code {@value #SERVICE_TO_ACCOUNT}, currency 704 (VND), the amount, country VN, the order code in the
 * additional data (bill number and purpose of the transfer), and the CRC-16/CCITT-FALSE in tag 63.
 */
public final class VietQr {

	public static final String NAPAS_GUID = "A000000727";
	/** Inter-bank fund transfer 24/7 to an account. */
	public static final String SERVICE_TO_ACCOUNT = "QRIBFTTA";
	static final String CURRENCY_VND = "704";

	private VietQr() {
	}

	/**
	 * The payload for a one-time transfer of {@code amountVnd} to the account, with {@code reference} (the order
	 * code) as bill number and purpose.
	 */
	public static String payload(String bankBin, String accountNumber, long amountVnd, String reference) {
		if (!bankBin.matches("\\d{6}")) {
			throw new IllegalArgumentException("The acquirer BIN has 6 digits");
		}
		if (!accountNumber.matches("[0-9A-Za-z]{1,19}")) {
			throw new IllegalArgumentException("An account number has 1 to 19 letters or digits");
		}
		if (amountVnd <= 0 || amountVnd > 9_999_999_999_999L) {
			throw new IllegalArgumentException("The amount must be positive and fit in 13 digits");
		}
		String ref = ascii(reference);
		String purpose = ascii("OCOP " + reference);
		if (purpose.length() > 25) {
			purpose = purpose.substring(0, 25);
		}
		String beneficiary = tlv("00", bankBin) + tlv("01", accountNumber);
		String merchant = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", SERVICE_TO_ACCOUNT);
		String body = tlv("00", "01") // payload format indicator
				+ tlv("01", "12") // point of initiation: dynamic (one payment, with its amount)
				+ tlv("38", merchant)
				+ tlv("53", CURRENCY_VND)
				+ tlv("54", Long.toString(amountVnd))
				+ tlv("58", "VN")
				+ tlv("62", tlv("01", ref) + tlv("08", purpose))
				+ "6304";
		return body + crc(body);
	}

	/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF) of the text's bytes, as 4 upper-case hex digits. */
	public static String crc(String text) {
		int crc = 0xFFFF;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			crc ^= (b & 0xFF) << 8;
			for (int i = 0; i < 8; i++) {
				crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
				crc &= 0xFFFF;
			}
		}
		return String.format("%04X", crc);
	}

	/** Whether the payload ends with tag 63 carrying the right CRC of everything before it (tag and length included). */
	public static boolean hasValidCrc(String payload) {
		int at = payload.length() - 8;
		return at > 0 && payload.startsWith("6304", at)
				&& crc(payload.substring(0, at + 4)).equalsIgnoreCase(payload.substring(at + 4));
	}

	/**
	 * The top-level data objects of a payload, tag → value, in order (templates such as 38 and 62 are returned as
	 * their raw value; parse them again with this method). Fails on a malformed payload.
	 */
	public static Map<String, String> parse(String payload) {
		Map<String, String> objects = new LinkedHashMap<>();
		int i = 0;
		while (i < payload.length()) {
			if (i + 4 > payload.length()) {
				throw new IllegalArgumentException("Truncated data object at " + i);
			}
			String tag = payload.substring(i, i + 2);
			int length = Integer.parseInt(payload.substring(i + 2, i + 4));
			if (i + 4 + length > payload.length()) {
				throw new IllegalArgumentException("Data object " + tag + " runs past the end");
			}
			objects.put(tag, payload.substring(i + 4, i + 4 + length));
			i += 4 + length;
		}
		return objects;
	}

	private static String tlv(String tag, String value) {
		if (value.length() > 99) {
			throw new IllegalArgumentException("Data object " + tag + " is longer than 99 characters");
		}
		return tag + String.format("%02d", value.length()) + value;
	}

	/** Without diacritics, upper-case ASCII letters, digits, spaces and dashes (what banks accept as a purpose). */
	static String ascii(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
				.replace('Đ', 'D');
		return folded.replaceAll("[^0-9A-Za-z \\-]", "").toUpperCase(Locale.ROOT).strip();
	}
}
