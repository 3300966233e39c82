package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The VietQR payload: the CRC against published check values, and a built payload parsed back.
 */
class VietQrTests {

	@Test
	void shouldComputeTheStandardCrc16CcittFalseCheckValue() {
		// the catalogued check value of CRC-16/CCITT-FALSE for "123456789"
		assertThat(VietQr.crc("123456789")).isEqualTo("29B1");
	}

	@Test
	void shouldAcceptAPublishedVietQrExample() {
		// a published VietQR payload (github.com/subiz/vietqr README: 120,000 VND to VietinBank 970415)
		String published = "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA"
				+ "530370454061200005802VN62170813ung ho lu lut6304C15C";
		assertThat(VietQr.hasValidCrc(published)).isTrue();
		assertThat(VietQr.hasValidCrc(published.replace("120000", "130000"))).isFalse();
	}

	@Test
	void shouldBuildAPayloadThatParsesBackWithAValidCrc() {
		String payload = VietQr.payload("970415", "113366668888", 245_000L, "DH-7K3M9QXD");
		assertThat(VietQr.hasValidCrc(payload)).isTrue();
		var top = VietQr.parse(payload);
		assertThat(top).containsEntry("00", "01").containsEntry("01", "12").containsEntry("53", "704")
				.containsEntry("54", "245000").containsEntry("58", "VN");
		assertThat(top.keySet()).containsExactly("00", "01", "38", "53", "54", "58", "62", "63");
		var merchant = VietQr.parse(top.get("38"));
		assertThat(merchant).containsEntry("00", "A000000727").containsEntry("02", "QRIBFTTA");
		assertThat(VietQr.parse(merchant.get("01"))).containsEntry("00", "970415").containsEntry("01", "113366668888");
		var additional = VietQr.parse(top.get("62"));
		assertThat(additional).containsEntry("01", "DH-7K3M9QXD").containsEntry("08", "OCOP DH-7K3M9QXD");
		assertThat(top.get("63")).isEqualTo(VietQr.crc(payload.substring(0, payload.length() - 4)));
	}

	@Test
	void shouldValidateVietnamesePhoneNumbers() {
		assertThat(PhoneNumbers.normalise("0912 345 678")).contains("0912345678");
		assertThat(PhoneNumbers.normalise("+84 912.345.678")).contains("0912345678");
		assertThat(PhoneNumbers.normalise("84386123456")).contains("0386123456");
		assertThat(PhoneNumbers.normalise("0239 3855 123")).contains("02393855123");
		assertThat(PhoneNumbers.normalise("0112345678")).isEmpty();
		assertThat(PhoneNumbers.normalise("091234567")).isEmpty();
		assertThat(PhoneNumbers.normalise("abc")).isEmpty();
	}
}
