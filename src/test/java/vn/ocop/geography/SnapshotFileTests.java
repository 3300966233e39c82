package vn.ocop.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.shared.ImportProblems.Problem;

/**
 * The checks a snapshot file passes on its own, before the database is looked at.
 */
class SnapshotFileTests {

	private final List<Problem> problems = new ArrayList<>();

	private SnapshotFile check(String csv) {
		return check(csv.getBytes(StandardCharsets.UTF_8));
	}

	private SnapshotFile check(byte[] csv) {
		return SnapshotFile.check(CsvTable.read(csv, problems), problems);
	}

	private List<String> codes() {
		return problems.stream().map(p -> p.row() + ":" + p.messageCode()).toList();
	}

	@Test
	void shouldAcceptAWellFormedFileAndFindEachRowsProvince() {
		SnapshotFile file = check("""
				code,name,level,parent_code
				42,Tỉnh Hà Tĩnh,PROVINCE,
				441,Huyện Vũ Quang,DISTRICT,42
				18073,Phường Thành Sen,COMMUNE,42
				18325,Thị trấn Vũ Quang,COMMUNE,441
				""");

		assertThat(problems).isEmpty();
		assertThat(file.provinceCodes()).containsExactly("42");
		assertThat(file.rows()).extracting(SnapshotFile.UnitRow::provinceCode).containsOnly("42");
		assertThat(file.rows()).extracting(SnapshotFile.UnitRow::line).containsExactly(2, 3, 4, 5);
		assertThat(file.rows().get(0).parentCode()).isNull();
	}

	@Test
	void shouldAcceptAByteOrderMarkBlankLinesAndQuotedNamesKeepingLineNumbers() {
		SnapshotFile file = check("\uFEFFcode,name,level,parent_code\r\n42,\"Tỉnh Hà Tĩnh\",PROVINCE,\r\n\r\n"
				+ "441,Huyện Vũ Quang,district,42\r\n");

		assertThat(problems).isEmpty();
		assertThat(file.rows()).extracting(SnapshotFile.UnitRow::line).containsExactly(2, 4);
		assertThat(file.rows().get(1).level()).isEqualTo(UnitLevel.DISTRICT);
	}

	@Test
	void shouldNameEveryWrongOrMissingHeaderColumn() {
		check("""
				code,ten,level
				42,Tỉnh Hà Tĩnh,PROVINCE
				""");

		assertThat(codes()).containsExactlyInAnyOrder("1:geography.import.header.unexpected",
				"1:geography.import.header.missing", "1:geography.import.header.missing");
		assertThat(problems).extracting(p -> p.arguments().get(0)).contains("ten", "name", "parent_code");
	}

	@Test
	void shouldCollectEveryProblemOfEveryRow() {
		check("""
				code,name,level,parent_code
				42,Tỉnh Hà Tĩnh,PROVINCE,
				441,Huyện Vũ Quang,DISTRICT
				,Xã Không Mã,COMMUNE,441
				18A25,Xã Chữ,COMMUNE,441
				18326,,COMMUNE,441
				18327,Xã Cấp Lạ,VILLAGE,441
				439,Huyện Hương Sơn,DISTRICT,42
				439,Huyện Hương Sơn lần hai,DISTRICT,42
				18328,Xã Mồ Côi,COMMUNE,999
				18329,Xã Dưới Xã,COMMUNE,18330
				18330,Xã Trên,COMMUNE,439
				440,Huyện Dưới Huyện,DISTRICT,439
				43,Tỉnh Có Cha,PROVINCE,42
				18331,Xã Không Cha,COMMUNE,
				""");

		assertThat(codes()).containsExactly(
				"3:geography.import.columns",
				"4:geography.import.code.blank",
				"5:geography.import.code.invalid",
				"6:geography.import.name.blank",
				"7:geography.import.level.unknown",
				"9:geography.import.code.duplicate",
				"14:geography.import.parent.notAllowed",
				"15:geography.import.parent.required",
				"10:geography.import.parent.missing",
				"11:geography.import.parent.wrongLevel",
				"13:geography.import.parent.wrongLevel");
		assertThat(problems.get(5).arguments()).containsExactly("439", "8");
	}

	@Test
	void shouldRefuseAFileWithoutProvince() {
		check("""
				code,name,level,parent_code
				441,Huyện Vũ Quang,DISTRICT,42
				""");

		assertThat(codes()).containsExactlyInAnyOrder("2:geography.import.parent.missing",
				"0:geography.import.province.none");
	}

	@Test
	void shouldRefuseAnEmptyFileAndOneThatIsNotUtf8() {
		check("");
		check(new byte[] { 'c', 'o', 'd', 'e', ',', (byte) 0xC0, (byte) 0x80, '\n' });
		check("code,name,level,parent_code\n42,\"Tỉnh \"Hà\" Tĩnh\",PROVINCE,\n");

		assertThat(codes()).containsExactly("0:geography.import.empty", "0:geography.import.encoding",
				"0:geography.import.unreadable");
	}
}
