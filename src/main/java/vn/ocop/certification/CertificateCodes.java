package vn.ocop.certification;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Certificate codes: the GSO province code, the decision's year and 8 characters of Crockford base32 from a
 * {@link SecureRandom} (40 bits, so a code cannot be guessed from another), e.g. {@code 42-2019-7K3M9QXD}. Codes
 * read back from people are normalised the Crockford way: case does not matter, O reads as 0, I and L as 1.
 */
@Component
class CertificateCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	static final int RANDOM_LENGTH = 8;
	private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{1,8}-\\d{4}-[0-9A-Z]{8}");

	private final SecureRandom random = new SecureRandom();
	private final String prefix;

	CertificateCodes(CertificationSettings settings) {
		this.prefix = settings.codePrefixOrDefault();
	}

	String next(LocalDate decisionDate) {
		var code = new StringBuilder(prefix).append('-').append(decisionDate.getYear()).append('-');
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The canonical form of a code as typed or scanned, or {@code null} if it cannot be a certificate code. */
	static String normalise(String raw) {
		String code = raw.strip().toUpperCase(Locale.ROOT);
		int last = code.lastIndexOf('-');
		if (last > 0) {
			String tail = code.substring(last + 1).replace('O', '0').replace('I', '1').replace('L', '1');
			code = code.substring(0, last + 1) + tail;
		}
		return SHAPE.matcher(code).matches() ? code : "";
	}
}
