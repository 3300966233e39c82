package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * How import cells typed by people are read.
 */
class RegistryImportValuesTests {

	@Test
	void shouldReadLegalFormsByCodeOrNameWithOrWithoutDiacritics() {
		assertThat(RegistryImportValues.legalForm("Hợp tác xã")).contains(LegalForm.COOPERATIVE);
		assertThat(RegistryImportValues.legalForm("HOP TAC XA")).contains(LegalForm.COOPERATIVE);
		assertThat(RegistryImportValues.legalForm("cooperative_group")).contains(LegalForm.COOPERATIVE_GROUP);
		assertThat(RegistryImportValues.legalForm("Hộ sản xuất có đăng ký kinh doanh")).contains(LegalForm.HOUSEHOLD_BUSINESS);
		assertThat(RegistryImportValues.legalForm("Doanh nghiệp")).contains(LegalForm.ENTERPRISE);
		assertThat(RegistryImportValues.legalForm("Công ty hợp danh")).isEmpty();
	}

	@Test
	void shouldReadRegistrationTypesAsCodesOrFormNumbers() {
		assertThat(RegistryImportValues.registrationType("01")).contains(RegistrationType.NEW_PRODUCT);
		assertThat(RegistryImportValues.registrationType("2")).contains(RegistrationType.EXISTING_PRODUCT);
		assertThat(RegistryImportValues.registrationType("EXISTING_PRODUCT")).contains(RegistrationType.EXISTING_PRODUCT);
		assertThat(RegistryImportValues.registrationType("Sản phẩm mới (Mẫu 01)")).contains(RegistrationType.NEW_PRODUCT);
		assertThat(RegistryImportValues.registrationType("03")).isEmpty();
	}

	@Test
	void shouldReadDatesNumbersAndYesNo() {
		assertThat(RegistryImportValues.date("2019-03-10")).contains(LocalDate.of(2019, 3, 10));
		assertThat(RegistryImportValues.date("10/03/2019")).contains(LocalDate.of(2019, 3, 10));
		assertThat(RegistryImportValues.date("1/3/2019")).contains(LocalDate.of(2019, 3, 1));
		assertThat(RegistryImportValues.date("31/02/2019")).isEmpty();
		assertThat(RegistryImportValues.date("43534")).isEmpty();
		assertThat(RegistryImportValues.whole("35.000 đ")).contains(35_000L);
		assertThat(RegistryImportValues.whole("1,200,000")).contains(1_200_000L);
		assertThat(RegistryImportValues.whole("12.0")).contains(12L);
		assertThat(RegistryImportValues.whole("12,5")).isEmpty();
		assertThat(RegistryImportValues.whole("mười")).isEmpty();
		assertThat(RegistryImportValues.yesNo("Có")).contains(true);
		assertThat(RegistryImportValues.yesNo("khong")).contains(false);
		assertThat(RegistryImportValues.phone("912 345 678")).isEqualTo("0912345678");
	}

	@Test
	void shouldPickTheSeparatorOfTheHeaderLine() {
		assertThat(RegistryImportSheet.delimiter("a;b;c\n1,5;2;3")).isEqualTo(';');
		assertThat(RegistryImportSheet.delimiter("a,b,\"c;d\"\n")).isEqualTo(',');
	}
}
