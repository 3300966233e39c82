package vn.ocop.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.evaluation.CouncilMember;
import vn.ocop.evaluation.CouncilView;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.People;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.identity.UserSummary;
import vn.ocop.shared.web.FormFields;
import vn.ocop.geography.UnitAt;

/**
 * What the evaluation pages share: who the signed-in user is in a council, people's and units' names, messages in
 * the user's language, and the bound forms' way through a change ({@link FormFields#run}).
 */
@Component
class EvaluationWebSupport extends FormFields {

	private final AccessScope scope;
	private final UserManagement users;
	private final People people;
	private final GeographyApi geography;
	private final MessageSource messages;
	private final Clock clock;

	EvaluationWebSupport(AccessScope scope, UserManagement users, People people, GeographyApi geography,
			MessageSource messages, Clock clock) {
		super(messages, "evaluation");
		this.people = people;
		this.scope = scope;
		this.users = users;
		this.geography = geography;
		this.messages = messages;
		this.clock = clock;
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	ZoneId zone() {
		return clock.getZone();
	}

	java.time.ZonedDateTime now() {
		return java.time.ZonedDateTime.now(clock);
	}

	int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	/** The signed-in user's role in the council, if a member. */
	Optional<MemberRole> roleIn(CouncilView council) {
		String me = user().username();
		return council.members().stream().filter(m -> m.username().equals(me)).map(CouncilMember::role).findFirst();
	}

	/** Whether the signed-in user runs the council's sessions (chair or secretary). */
	boolean runs(CouncilView council) {
		return roleIn(council).map(r -> r == MemberRole.CHAIR || r == MemberRole.SECRETARY).orElse(false);
	}

	/** Whether the signed-in user may open a session of the council (the office, the chair or the secretary). */
	boolean mayOpen(CouncilView council) {
		return user().has(Role.PROVINCE_ADMIN) || runs(council);
	}

	/** Whether the signed-in user scores for the council (a member other than the secretary). */
	boolean scores(CouncilView council) {
		return roleIn(council).map(MemberRole::scores).orElse(false);
	}

	boolean mayCreateCouncils() {
		CurrentUser user = user();
		return user.has(Role.PROVINCE_ADMIN) || user.has(Role.DISTRICT_OFFICER) || user.has(Role.COMMUNE_OFFICER);
	}

	/** People's names by account (looked up at once), "Hệ thống" for a name that is no account. */
	Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> known = people.names(usernames);
		Map<String, String> names = new LinkedHashMap<>();
		for (String username : usernames) {
			names.put(username, known.containsKey(username) ? known.get(username) : people.name(username));
		}
		return names;
	}

	Map<String, String> displayNames(CouncilView council) {
		return displayNames(council.members().stream().map(CouncilMember::username).toList());
	}

	/** Accounts that may sit on a council, for the member picker. */
	List<UserSummary> councilMemberAccounts() {
		CurrentUser user = user();
		LocalDate today = LocalDate.now(clock);
		return users.all().stream()
				.filter(a -> a.enabled() && a.roles().contains(Role.COUNCIL_MEMBER))
				.filter(a -> user.has(Role.PROVINCE_ADMIN) || scope.covers(user, a.unitCode(), today))
				.toList();
	}

	/** The latest name of a unit, its code when unknown. */
	String unitName(String code) {
		List<Unit> versions = geography.versionsOf(code);
		return versions.isEmpty() ? code : versions.get(versions.size() - 1).name();
	}

	/** The unit's name as it was on its date, else in its latest version, else the code itself. */
	String unitName(UnitAt unit) {
		return geography.find(unit).map(Unit::name).orElseGet(() -> unitName(unit.code()));
	}

	/** Units a council may belong to: the province, the districts (until 30/6/2025) and today's communes. */
	List<Unit> councilUnits() {
		Map<String, Unit> units = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(clock);
		geography.unitsInForce(today, UnitLevel.PROVINCE, null).forEach(u -> units.putIfAbsent(u.code(), u));
		geography.unitsInForce(LocalDate.of(2025, 6, 30), UnitLevel.DISTRICT, null).forEach(u -> units.putIfAbsent(u.code(), u));
		geography.unitsInForce(today, UnitLevel.COMMUNE, null).forEach(u -> units.putIfAbsent(u.code(), u));
		CurrentUser user = user();
		List<Unit> visible = new ArrayList<>();
		for (Unit unit : units.values()) {
			if (user.has(Role.PROVINCE_ADMIN) || scope.covers(user, unit.code(), unit.validTo() == null ? today : unit.validTo())) {
				visible.add(unit);
			}
		}
		return visible;
	}

	/** The latest names of the councils' units, by code. */
	Map<String, String> unitNames(List<CouncilView> councils) {
		Map<String, String> names = new LinkedHashMap<>();
		councils.forEach(c -> names.computeIfAbsent(c.unitCode(), this::unitName));
		return names;
	}

	String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

	/** The evaluation pages flash the message's code ({@code flash}), which the layout shows. */
	@Override
	protected void flash(RedirectAttributes redirect, String successCode) {
		redirect.addFlashAttribute("flash", successCode);
	}

	/** The first error of a form in the reader's language (for an answer that has no room for the form). */
	String errorText(BindingResult binding) {
		return binding.getAllErrors().stream().findFirst()
				.map(error -> messages.getMessage(error, LocaleContextHolder.getLocale())).orElse("");
	}
}
