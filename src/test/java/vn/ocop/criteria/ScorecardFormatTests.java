package vn.ocop.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.shared.ImportProblems;

/**
 * Every shipped scorecard and taxonomy is the shared transcription, byte for byte, and passes the rules of the
 * {@code ocop-criteria/1} format as {@code ../shared/criteria/validate.py} states them; a file breaking a rule is
 * refused with the rule named, and Java refuses exactly the files the Python validator refuses.
 */
class ScorecardFormatTests {

	/** The shared criteria folder next to the repository, where the project keeps the transcriptions. */
	static final Path SHARED = Path.of("..", "shared", "criteria");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static ScorecardParser parser() throws IOException {
		try (InputStream in = new ClassPathResource("criteria/regulations.json").getInputStream()) {
			List<Regulation> regulations = JSON.readValue(in, Regulations.RegulationsFile.class).regulations();
			return new ScorecardParser(code -> regulations.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null));
		}
	}

	static String bundled(String file) throws IOException {
		return new String(new ClassPathResource("criteria/" + file).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	@Test
	void shouldShipEveryScorecardOfTheThreeRegulations() throws IOException {
		List<String> files = PublishedScorecards.bundledScorecards();
		assertThat(files).hasSize(46);
		assertThat(files.stream().filter(f -> f.startsWith("1048-"))).hasSize(21);
		assertThat(files.stream().filter(f -> f.startsWith("148-"))).hasSize(22);
		assertThat(files.stream().filter(f -> f.startsWith("26-2026-"))).hasSize(3);
		ScorecardParser parser = parser();
		for (String file : files) {
			Scorecard scorecard = parser.parse(bundled(file));
			assertThat(file).startsWith(scorecard.productSetCode() + "-");
			assertThat(scorecard.maxPoints()).as(file).isEqualTo(100);
			assertThat(scorecard.version()).isEqualTo(1);
		}
	}

	@Test
	void shouldShipTheSharedFilesUnchanged() throws IOException {
		assumeThat(Files.isDirectory(SHARED)).as("the shared criteria folder is next to the repository").isTrue();
		List<Path> shared;
		try (var list = Files.list(SHARED)) {
			shared = list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith("-taxonomy.csv")).sorted().toList();
		}
		assertThat(shared).hasSize(48);
		for (Path file : shared) {
			assertThat(bundled(file.getFileName().toString())).as(file.getFileName().toString())
					.isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
		}
	}

	@Test
	void shouldKeepMarkersCasesTickListsAndDisqualifiers() throws IOException {
		ScorecardParser parser = parser();
		Scorecard cayCanh = parser.parse(bundled("26-2026-24-cay-canh.json"));
		assertThat(cayCanh.regulationCode()).isEqualTo("26/2026/QĐ-TTg");
		assertThat(cayCanh.disqualifiers()).singleElement().asString().startsWith("Hồ sơ bị loại khi");
		assertThat(cayCanh.starRequirementLegend()).contains("Dấu sao là yêu cầu tối thiểu");
		assertThat(cayCanh.source()).containsEntry("repository", "github.com/hakienpdu95/minhan");
		assertThat(cayCanh.hasStarMinimums()).isTrue();

		// A1.4 "Liên kết chuỗi trong sản xuất": 0-point option, markers on its options
		Scorecard.Criterion linkage = cayCanh.criterion("A1.4").orElseThrow();
		assertThat(linkage.mandatory()).isTrue();
		assertThat(linkage.isTickList()).isFalse();
		assertThat(linkage.markedStarLevels()).isNotEmpty();
		int lowest = linkage.markedStarLevels().get(0);
		Scorecard.Option minimum = linkage.minimumOptionFor(lowest).orElseThrow();
		assertThat(minimum.minimumForStars()).isEqualTo(lowest);
		assertThat(linkage.meetsMinimumFor(lowest, minimum.code())).isTrue();
		assertThat(linkage.meetsMinimumFor(lowest, 1)).as("the 0-point option misses the minimum").isFalse();
		assertThat(linkage.meetsMinimumFor(lowest - 1, 1)).as("no minimum below the lowest marker").isTrue();

		// a criterion whose options all give points is a tick-list: unticked means 0 points
		assertThat(cayCanh.criterion("A1.1").orElseThrow().isTickList()).isTrue();

		// "one of two cases": 26/2026 set 26, C3.1 options 1-2 (community) and 3-4 (tourist site)
		Scorecard tourism = parser.parse(bundled("26-2026-26-dich-vu-du-lich-cong-dong-du-lich-sinh-thai-va-diem-du-lich.json"));
		Scorecard.Criterion c31 = tourism.criterion("C3.1").orElseThrow();
		assertThat(c31.cases()).extracting(Scorecard.Case::optionCodes).containsExactly(List.of(1, 2), List.of(3, 4));
		assertThat(c31.cases().get(0).label()).isEqualTo("Dịch vụ du lịch do cộng đồng cung cấp");
		assertThat(c31.caseOf(3).orElseThrow().number()).isEqualTo(2);
		assertThat(c31.optionsOfCase(1)).extracting(Scorecard.Option::code).containsExactly(1, 2);
		assertThat(parser.parse(bundled("148-26-dich-vu-du-lich-cong-dong-du-lich-sinh-thai-va-diem-du-lich.json"))
				.criterion("C3.1").orElseThrow().cases()).extracting(Scorecard.Case::optionCodes)
				.containsExactly(List.of(1, 2, 3), List.of(4, 5, 6));
		// 1048-01 A3.2: options 1-2 enterprises, 3-4 household businesses (the note is in English)
		Scorecard.Criterion a32 = parser.parse(bundled("1048-01-rau-cu-qua-hat-tuoi.json")).criterion("A3.2").orElseThrow();
		assertThat(a32.cases()).extracting(Scorecard.Case::optionCodes).containsExactly(List.of(1, 2), List.of(3, 4));
		assertThat(a32.cases().get(1).label()).isEqualTo("household businesses");
		assertThat(a32.maxPoints()).isEqualTo(2);

		// 148: a marked criterion heading asks for one of its options to be met
		Scorecard s148 = parser.parse(bundled("148-01-rau-cu-qua-hat-tuoi.json"));
		assertThat(s148.markedCriteria()).isNotEmpty();
		assertThat(s148.criteria().filter(c -> c.minimumForStars() != null)).allSatisfy(c -> {
			assertThat(c.meetsMinimumFor(c.minimumForStars(), null)).isFalse();
			assertThat(c.meetsMinimumFor(c.minimumForStars(), c.options().stream()
					.max(java.util.Comparator.comparingInt(Scorecard.Option::points)).orElseThrow().code())).isTrue();
		});
	}

	/** A rule of validate.py, how to break it in a real file, and the problem Java names for it. */
	record Breach(String rule, String messageCode, UnaryOperator<String> breaking) {
	}

	static final List<Breach> BREACHES = List.of(
			new Breach("FORMAT", "criteria.scorecard.format", s -> s.replace("\"ocop-criteria/1\"", "\"ocop-criteria/2\"")),
			new Breach("REGULATION", "criteria.scorecard.blank", s -> s.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"\"")),
			new Breach("PRODUCTSET", "criteria.scorecard.blank", s -> s.replaceFirst("(\"productSet\": \\{\\s*\"code\": \"[^\"]*\",\\s*\"name\": )\"[^\"]*\"", "$1\"\"")),
			new Breach("DUP_PART", "criteria.scorecard.duplicatePart", s -> s.replace("\"code\": \"B\"", "\"code\": \"A\"")),
			new Breach("DUP_GROUP", "criteria.scorecard.duplicateGroup", s -> s.replace("\"code\": \"A2\"", "\"code\": \"A1\"")),
			new Breach("DUP_CRITERION", "criteria.scorecard.duplicateCriterion", s -> s.replace("\"code\": \"A1.2\"", "\"code\": \"A1.1\"")),
			new Breach("CRIT_NAME", "criteria.scorecard.blank", s -> s.replaceFirst("(\"code\": \"A1.1\",\\s*\"name\": )\"[^\"]*\"", "$1\"\"")),
			new Breach("MANDATORY", "criteria.scorecard.mandatoryBoolean", s -> s.replaceFirst("\"mandatory\": true", "\"mandatory\": \"yes\"")),
			new Breach("MANDATORY", "criteria.scorecard.markerNotMandatory", s -> s.replaceFirst("\"mandatory\": true", "\"mandatory\": false")),
			new Breach("MIN_STARS", "criteria.scorecard.minStars", s -> s.replaceFirst("\"minimumForStars\": \\d", "\"minimumForStars\": 6")),
			new Breach("NO_OPTIONS", "criteria.scorecard.noOptions", s -> s.replaceFirst("\"options\": \\[[^\\]]*\\]", "\"options\": []")),
			new Breach("DUP_OPTION", "criteria.scorecard.duplicateOption", s -> s.replaceFirst("\"code\": 2,", "\"code\": 1,")),
			new Breach("POINTS", "criteria.scorecard.negativePoints", s -> s.replaceFirst("\"points\": 1", "\"points\": -1")),
			new Breach("OPTION_TEXT", "criteria.scorecard.blank", s -> s.replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"\"")),
			new Breach("PART_SUM", "criteria.scorecard.partSum", s -> s.replaceFirst("\"maxPoints\": 40", "\"maxPoints\": 39")),
			new Breach("TOTAL", "criteria.scorecard.total", s -> s.replaceFirst("\"maxPoints\": 40", "\"maxPoints\": 39")),
			new Breach("BANDS", "criteria.scorecard.bandsStart", s -> s.replace("\"minScore\": 0", "\"minScore\": 5")),
			new Breach("BANDS", "criteria.scorecard.bandsOrder", s -> s.replace("\"minScore\": 70", "\"minScore\": 95")));

	@Test
	void shouldNameEveryBrokenRule(@TempDir Path dir) throws IOException, InterruptedException {
		ScorecardParser parser = parser();
		String real = bundled("26-2026-24-cay-canh.json");
		Map<String, Breach> written = new LinkedHashMap<>();
		int i = 0;
		for (Breach breach : BREACHES) {
			String broken = breach.breaking().apply(real);
			assertThat(broken).as(breach.rule()).isNotEqualTo(real);
			assertThatThrownBy(() -> parser.parse(broken)).as(breach.rule()).isInstanceOfSatisfying(ImportProblems.class,
					e -> assertThat(e.problems()).extracting(ImportProblems.Problem::messageCode).contains(breach.messageCode()));
			String name = String.format("broken-%02d.json", i++);
			Files.writeString(dir.resolve(name), broken, StandardCharsets.UTF_8);
			written.put(name, breach);
		}
		Files.writeString(dir.resolve("ok.json"), real, StandardCharsets.UTF_8);

		// the Python validator of the shared folder, where it can run, fails the same files on the same rules
		Path script = SHARED.resolve("validate.py");
		assumeThat(Files.exists(script)).isTrue();
		Process python;
		try {
			python = new ProcessBuilder("python3", script.toString(), dir.toString()).redirectErrorStream(true).start();
		}
		catch (IOException e) {
			assumeThat(false).as("python3 is installed").isTrue();
			return;
		}
		String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(out).contains("ok   ok.json");
		List<String> mismatches = new ArrayList<>();
		for (var entry : written.entrySet()) {
			int at = out.indexOf("FAIL " + entry.getKey());
			int next = out.indexOf("\n", out.indexOf("\n", Math.max(at, 0)) + 1);
			String block = at < 0 ? "" : out.substring(at, out.indexOf("FAIL", at + 5) < 0 ? out.length() : out.indexOf("FAIL", at + 5));
			if (at < 0 || !block.contains(entry.getValue().rule() + ":")) {
				mismatches.add(entry.getKey() + " " + entry.getValue().rule() + " " + next);
			}
		}
		assertThat(mismatches).as(out).isEmpty();
	}
}
