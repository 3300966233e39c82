package vn.ocop.evaluation;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.identity.People;
import vn.ocop.shared.document.PdfRenderer;

/**
 * The minutes (biên bản) of a council's closed session as a PDF: the national header, the council, the members
 * present with their roles, the conflicts of interest declared, each product's members' totals, mean score, stars,
 * divergence and outcome, and the signatures of the chair and the secretary. Rendered from the XHTML template
 * {@code evaluation/minutes.html} with an embedded DejaVu Sans, so that every Vietnamese diacritic shows.
 */
@Component
public class MinutesPdf {

	static final String TEMPLATE = "evaluation/minutes";
	static final List<String> UNIT_TYPES = List.of("Thành phố ", "Thị xã ", "Thị trấn ", "Tỉnh ", "Huyện ", "Quận ",
			"Xã ", "Phường ");

	private final PdfRenderer pdf;
	private final ConflictDeclarations conflicts;
	private final People people;
	private final GeographyApi geography;
	private final Clock clock;

	MinutesPdf(PdfRenderer pdf, ConflictDeclarations conflicts, People people, GeographyApi geography,
			Clock clock) {
		this.pdf = pdf;
		this.conflicts = conflicts;
		this.people = people;
		this.geography = geography;
		this.clock = clock;
	}

	/**
	 * A council member as the minutes list them: the attendance the secretary or the chair recorded (null for a
	 * session closed before attendance was recorded), and what the member scored.
	 */
	public record Member(String username, String name, MemberRole role, boolean scores,
			@Nullable AttendanceStatus attendance, @Nullable String note, int scored, int conflicts) {

		public boolean present() {
			return attendance == AttendanceStatus.PRESENT;
		}
	}

	/** A criterion with a star minimum on which members answered differently, and the council's answer. */
	public record Answer(String criterion, String memberAnswers, String agreed, String source) {
	}

	/** A conflict of interest declared during the session. */
	public record Conflict(String productName, String memberName, String reason) {
	}

	/** One product's result with the members' names, earlier rounds and the answers that differed. */
	public record ProductMinutes(SessionResults.Result result, List<MemberTotal> totals, List<MemberTotal> earlier,
			List<String> conflicted, List<Answer> answers, EvaluationView.@Nullable Item item, List<String> capped) {
	}

	/** A member's total for a product. */
	public record MemberTotal(String name, int total, int round) {
	}

	/**
	 * Renders the minutes of a closed session; the arguments come from {@link EvaluationManagement}, which checked
	 * that the user may see the session.
	 */
	@Transactional(readOnly = true)
	public byte[] render(CouncilView council, EvaluationView session, Progress progress, SessionResults results,
			Locale locale) {
		Map<String, String> names = new HashMap<>(
				people.names(council.members().stream().map(CouncilMember::username).toList()));
		council.members().forEach(m -> names.computeIfAbsent(m.username(), this::name));
		Map<String, Integer> scored = new HashMap<>();
		Map<String, Integer> conflicted = new HashMap<>();
		for (Progress.Row row : progress.rows()) {
			for (Progress.Cell cell : row.cells()) {
				if (cell.state() == Progress.State.SUBMITTED) {
					scored.merge(cell.username(), 1, Integer::sum);
				}
				else if (cell.state() == Progress.State.CONFLICT) {
					conflicted.merge(cell.username(), 1, Integer::sum);
				}
			}
		}
		Map<String, Attendance> attendance = new HashMap<>();
		session.attendance().forEach(a -> attendance.put(a.username(), a));
		List<Member> members = council.members().stream()
				.map(m -> new Member(m.username(), names.get(m.username()), m.role(), m.role().scores(),
						attendance.containsKey(m.username()) ? attendance.get(m.username()).status() : null,
						attendance.containsKey(m.username()) ? attendance.get(m.username()).note() : null,
						scored.getOrDefault(m.username(), 0), conflicted.getOrDefault(m.username(), 0)))
				.toList();
		Map<UUID, String> productNames = new LinkedHashMap<>();
		session.items().forEach(i -> productNames.put(i.productId(), i.productName()));
		List<Conflict> declared = new ArrayList<>();
		Map<UUID, List<String>> conflictedByProduct = new HashMap<>();
		for (ConflictDeclaration c : conflicts.findByEvaluationId(session.id())) {
			String member = names.computeIfAbsent(c.getUsername(), this::name);
			declared.add(new Conflict(productNames.getOrDefault(c.getProductId(), ""), member, c.getReason()));
			conflictedByProduct.computeIfAbsent(c.getProductId(), k -> new ArrayList<>()).add(member);
		}
		List<ProductMinutes> products = new ArrayList<>();
		for (SessionResults.Result result : results.results()) {
			List<MemberTotal> totals = result.members().stream()
					.map(m -> new MemberTotal(names.computeIfAbsent(m.username(), this::name), m.total(), m.round()))
					.toList();
			List<MemberTotal> earlier = result.detail().earlierRounds().stream()
					.map(m -> new MemberTotal(names.computeIfAbsent(m.username(), this::name), m.total(), m.round()))
					.toList();
			List<Answer> answers = new ArrayList<>();
			for (ProductScore.AgreedAnswer a : result.detail().agreedAnswers()) {
				if (a.source() == ProductScore.AgreedAnswer.Source.UNANIMOUS) {
					continue;
				}
				String given = a.memberOptions().entrySet().stream()
						.map(e -> names.computeIfAbsent(e.getKey(), this::name) + ": " + option(e.getValue()))
						.collect(java.util.stream.Collectors.joining("; "));
				answers.add(new Answer(a.criterion(), given, option(a.option()), a.source().name()));
			}
			var item = session.items().stream().filter(i -> i.productId().equals(result.productId())).findFirst()
					.orElse(null);
			List<String> capped = result.detail().cappedBy().stream()
					.map(c -> c.criterion() + ": " + option(c.requiredOption()) + " / " + option(c.agreedOption())).toList();
			products.add(new ProductMinutes(result, totals, earlier,
					conflictedByProduct.getOrDefault(result.productId(), List.of()), answers, item, capped));
		}
		long rated = results.results().stream().filter(r -> r.outcome() == Outcome.RATED).count();
		long escalated = results.results().stream().filter(r -> r.outcome() == Outcome.ESCALATED).count();
		Map<String, Object> variables = new HashMap<>();
		variables.put("council", council);
		variables.put("sitting", session);
		String unitName = unitName(council.unitCode());
		variables.put("unitName", unitName);
		variables.put("placeName", placeName(unitName));
		variables.put("openedAt", session.openedAt().atZone(clock.getZone()));
		variables.put("closedAt", zoned(session.closedAt()));
		variables.put("members", members);
		long scoringCount = members.stream().filter(Member::scores).count();
		variables.put("presentCount", members.stream().filter(m -> m.scores() && m.present()).count());
		variables.put("scoringCount", scoringCount);
		variables.put("attendanceRecorded", !session.attendance().isEmpty());
		variables.put("rules", session.rules());
		variables.put("quorumCount", session.rules().quorumOf(scoringCount));
		variables.put("conflicts", declared);
		variables.put("products", products);
		variables.put("rated", rated);
		variables.put("escalated", escalated);
		variables.put("notRated", results.results().stream().filter(r -> r.outcome() == Outcome.NOT_RATED).count());
		variables.put("disqualified", results.results().stream().filter(r -> r.outcome() == Outcome.DISQUALIFIED).count());
		variables.put("chair", members.stream().filter(m -> m.role() == MemberRole.CHAIR).findFirst().orElse(null));
		variables.put("secretary", members.stream().filter(m -> m.role() == MemberRole.SECRETARY).findFirst().orElse(null));
		return pdf.render(TEMPLATE, locale, variables);
	}

	private @Nullable ZonedDateTime zoned(java.time.@Nullable Instant instant) {
		return instant == null ? null : instant.atZone(clock.getZone());
	}

	/** An option as the minutes write it: "phương án 3", or "—" when nothing was ticked. */
	private static String option(@Nullable Integer option) {
		return option == null ? "—" : "PA " + option;
	}

	private String name(String username) {
		return people.name(username);
	}

	private String unitName(String code) {
		List<Unit> versions = geography.versionsOf(code);
		return versions.isEmpty() ? code : versions.get(versions.size() - 1).name();
	}

	/** A unit's name as the place line of a document writes it: without its type ("Tỉnh Hà Tĩnh" → "Hà Tĩnh"). */
	static String placeName(String unitName) {
		for (String type : UNIT_TYPES) {
			if (unitName.startsWith(type) && unitName.length() > type.length()) {
				return unitName.substring(type.length());
			}
		}
		return unitName;
	}
}
