package vn.ocop.probe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import vn.ocop.shared.web.CsvExport;

/**
 * CSV formula injection (issue 15, finding 4): text a spreadsheet would run as a formula is neutralised, in the one
 * class every CSV export goes through.
 */
class CsvExportTests {

	@Test
	void shouldNeutraliseFormulasAndKeepOtherText() {
		String csv = new String(CsvExport.of(List.of("name", "producer", "stars"), List.of(
				List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", 4),
				List.of("-2+3", "@SUM(A1)", 3),
				List.of("\tTab", "\rCR", 5),
				List.of("Cam Vũ Quang", "HTX a=b", 5))), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFname,producer,stars\r\n");
		assertThat(csv).contains("'=HYPERLINK", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tTab", "'\rCR")
				.contains("Cam Vũ Quang,HTX a=b,5");
		assertThat(csv.lines().skip(1)).noneMatch(l -> l.startsWith("=") || l.startsWith("+") || l.startsWith("\"="));
	}

	@Test
	void shouldPrintCsvOnlyThroughCsvExport() {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("vn.ocop");
		noClasses().that().doNotBelongToAnyOf(CsvExport.class).should().dependOnClassesThat()
				.belongToAnyOf(CSVPrinter.class)
				.because("every CSV export neutralises formulas through vn.ocop.shared.web.CsvExport")
				.check(classes);
	}
}
