package vn.ocop.registry.web;

import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.ProductSet;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.identity.AccessScope;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.registry.CyclePhase;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.PhaseSchedule;
import vn.ocop.registry.ProductStatus;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.OcopSettings;
import vn.ocop.shared.web.FormFields;
import vn.ocop.geography.UnitAt;

/**
 * What the registry pages share: unit and product set choices, unit names, the signed-in user's roles, and
 * business rule messages in the user's language; as the registry's {@link FormFields} it runs the changes of bound
 * forms, flashing the message code the layout shows ({@code flash}) and naming statuses and dates in the rules'
 * messages.
 */
@Component
class RegistryWebSupport extends FormFields {

	/** The last day of the two-tier-below-province structure (districts were abolished on 1 July 2025). */
	static final LocalDate LAST_DAY_WITH_DISTRICTS = LocalDate.of(2025, 6, 30);

	/** The first day of the bundled administrative unit lists. */
	static final LocalDate FIRST_DAY_OF_UNITS = LocalDate.of(2019, 1, 1);

	static final Set<Role> OFFICER_ROLES = Set.of(Role.PROVINCE_ADMIN, Role.DISTRICT_OFFICER, Role.COMMUNE_OFFICER);

	/** A labelled group of options of a select. */
	record OptionGroup<T>(String label, List<T> options) {
	}

	private final GeographyApi geography;
	private final CriteriaApi criteria;
	private final AccessScope scope;
	private final MessageSource messages;
	private final OcopSettings settings;
	private final Clock clock;

	RegistryWebSupport(GeographyApi geography, CriteriaApi criteria, AccessScope scope, MessageSource messages,
			OcopSettings settings, Clock clock) {
		super(messages, "registry");
		this.geography = geography;
		this.criteria = criteria;
		this.scope = scope;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	ZoneId zone() {
		return settings.zone();
	}

	CurrentUser user() {
		return scope.requireCurrentUser();
	}

	static boolean isOfficer(CurrentUser user) {
		return user.roles().stream().anyMatch(OFFICER_ROLES::contains);
	}

	// ------------------------------------------------------------------ units

	/** The unit's name as it was on the day, or in its nearest version, or the code itself. */
	String unitName(UnitAt unit) {
		return geography.find(unit).map(Unit::name).orElseGet(() -> {
			List<Unit> versions = geography.versionsOf(unit.code());
			return versions.isEmpty() ? unit.code() : versions.get(versions.size() - 1).name();
		});
	}

	/** A cache of unit names for one page. */
	UnitNames unitNames() {
		return new UnitNames();
	}

	final class UnitNames {

		private final Map<UnitAt, String> names = new LinkedHashMap<>();

		String of(UnitAt unit) {
			return names.computeIfAbsent(unit, RegistryWebSupport.this::unitName);
		}
	}

	/**
	 * The units a list can be filtered by: the district-level units of 2019–2025 and today's communes and wards,
	 * limited to those the user's unit covers.
	 */
	/** The communes of the programme's province in force on the day (the country's other units serve addresses). */
	private List<Unit> homeCommunes(LocalDate day) {
		String home = geography.homeProvince();
		return geography.unitsInForce(day, UnitLevel.COMMUNE, null).stream()
				.filter(u -> geography.isWithin(u.code(), home, day)).toList();
	}

	List<OptionGroup<Unit>> unitFilterChoices(CurrentUser user) {
		Map<String, Unit> districts = new LinkedHashMap<>();
		for (LocalDate day : List.of(FIRST_DAY_OF_UNITS, LAST_DAY_WITH_DISTRICTS)) {
			geography.unitsInForce(day, UnitLevel.DISTRICT, null).stream()
					.filter(u -> covers(user, u.code(), day))
					.forEach(u -> districts.putIfAbsent(u.code(), u));
		}
		LocalDate today = today();
		List<Unit> communes = homeCommunes(today).stream().filter(u -> covers(user, u.code(), today)).toList();
		List<OptionGroup<Unit>> groups = new ArrayList<>();
		if (!districts.isEmpty()) {
			groups.add(new OptionGroup<>(text("registry.page.unit.districts"), new ArrayList<>(districts.values())));
		}
		if (!communes.isEmpty()) {
			groups.add(new OptionGroup<>(text("registry.page.unit.communesToday",
					formatDate(communes.get(0).validFrom())), communes));
		}
		return groups;
	}

	/**
	 * The communes in force on the day, grouped by their district (or province); officers get only those of
	 * their area, producers all of them.
	 */
	List<OptionGroup<Unit>> communeChoices(LocalDate on, CurrentUser user, @Nullable String current) {
		LocalDate day = on;
		List<Unit> communes = homeCommunes(day);
		if (communes.isEmpty()) {
			day = day.isBefore(FIRST_DAY_OF_UNITS) ? FIRST_DAY_OF_UNITS : today();
			communes = homeCommunes(day);
		}
		LocalDate effective = day;
		boolean restrict = isOfficer(user) && !user.has(Role.PRODUCER);
		Map<String, List<Unit>> byParent = new LinkedHashMap<>();
		for (Unit commune : communes) {
			if (restrict && !covers(user, commune.code(), effective)) {
				continue;
			}
			String parent = commune.parentCode() == null ? "" : commune.parentCode();
			byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(commune);
		}
		List<OptionGroup<Unit>> groups = new ArrayList<>();
		byParent.forEach((parent, units) -> groups
				.add(new OptionGroup<>(parent.isEmpty() ? "" : unitName(new UnitAt(parent, effective)), units)));
		if (current != null && !current.isBlank()
				&& groups.stream().flatMap(g -> g.options().stream()).noneMatch(u -> u.code().equals(current))) {
			var versions = geography.versionsOf(current);
			if (!versions.isEmpty()) {
				groups.add(0, new OptionGroup<>(text("registry.page.unit.current"), List.of(versions.get(versions.size() - 1))));
			}
		}
		return groups;
	}

	/** The day a cycle's records refer to for administrative units: its selection deadline, or today if earlier. */
	LocalDate registrationDay(@Nullable CycleView cycle) {
		if (cycle == null) {
			return today();
		}
		return cycle.registrationDay(today());
	}

	static Optional<PhaseSchedule> selectionPhase(CycleView cycle) {
		return cycle.phases().stream().filter(p -> p.phase() == CyclePhase.SELECTION).findFirst();
	}

	private boolean covers(CurrentUser user, String code, LocalDate on) {
		return user.has(Role.PROVINCE_ADMIN) || scope.covers(user, code, on);
	}

	// ------------------------------------------------------------------ product sets

	/** The product sets of a regulation grouped by sector and group, for a select. */
	List<OptionGroup<ProductSet>> productSetGroups(@Nullable String regulationCode) {
		if (regulationCode == null) {
			return List.of();
		}
		Map<String, List<ProductSet>> groups = new LinkedHashMap<>();
		for (ProductSet set : criteria.productSets(regulationCode)) {
			groups.computeIfAbsent(set.sectorName() + " › " + set.groupName(), g -> new ArrayList<>()).add(set);
		}
		return groups.entrySet().stream().map(e -> new OptionGroup<>(e.getKey(), e.getValue())).toList();
	}

	/** Every regulation's product sets, grouped by regulation (for filters across cycles). */
	List<OptionGroup<ProductSet>> allProductSets() {
		return criteria.regulations().stream()
				.map(r -> new OptionGroup<>(r.code(), criteria.productSets(r.code())))
				.filter(g -> !g.options().isEmpty()).toList();
	}

	String productSetName(String code) {
		return criteria.productSet(code).map(ProductSet::name).orElse(code);
	}

	Map<String, String> productSetNames(Collection<String> codes) {
		return codes.stream().distinct().collect(Collectors.toMap(c -> c, this::productSetName, (a, b) -> a, LinkedHashMap::new));
	}

	List<String> regulationCodes() {
		return criteria.regulations().stream().map(vn.ocop.criteria.Regulation::code).toList();
	}

	// ------------------------------------------------------------------ messages

	/** The layout shows the success message of a registry page from its code. */
	@Override
	protected void flash(RedirectAttributes redirect, String successCode) {
		redirect.addFlashAttribute("flash", successCode);
	}

	/** A binding error's message in the user's language. */
	String text(MessageSourceResolvable error) {
		return messages.getMessage(error, locale());
	}

	/** The rule's message in the user's language, with statuses and document types named rather than coded. */
	String message(BusinessRuleException e) {
		return messages.getMessage(e.messageCode(), arguments(e), e.messageCode(), locale());
	}

	/** The rule's message arguments, readable: statuses, phases and document types by name, dates as dd/MM/yyyy. */
	@Override
	protected Object[] arguments(BusinessRuleException e) {
		if ("registry.product.dossierIncomplete".equals(e.messageCode())) {
			return new Object[] { String.join("; ", documentNames(missingDocuments(e))) };
		}
		Object[] arguments = e.arguments().clone();
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = readable(arguments[i]);
		}
		return arguments;
	}

	/** The missing document type codes a refused submission names. */
	static List<String> missingDocuments(BusinessRuleException e) {
		Object missing = e.properties().get("missingDocuments");
		if (missing instanceof Collection<?> codes) {
			return codes.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	List<String> documentNames(List<String> codes) {
		return codes.stream().map(c -> text("registry.doc." + c)).toList();
	}

	private Object readable(@Nullable Object argument) {
		if (argument instanceof ProductStatus status) {
			return text("registry.status." + status.name());
		}
		if (argument instanceof CyclePhase phase) {
			return text("registry.phase." + phase.name());
		}
		if (argument instanceof Integer || argument instanceof Long) {
			return argument.toString(); // years and codes, not amounts: no thousands separator
		}
		if (argument instanceof LocalDate date) {
			return formatDate(date);
		}
		if (argument instanceof String s) {
			for (ProductStatus status : ProductStatus.values()) {
				if (status.name().equals(s)) {
					return text("registry.status." + s);
				}
			}
		}
		return argument == null ? "" : argument;
	}

	static String formatDate(LocalDate date) {
		return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	// ------------------------------------------------------------------ binding

	/** Binds numbers typed with thousands separators or a currency sign ("1.200.000 ₫"). */
	static final class LenientLongEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			String digits = text.strip().replaceAll("[\\s.,_\u00a0₫]|VND|vnd|đ", "");
			if (!digits.matches("\\d{1,18}")) {
				throw new IllegalArgumentException("Not an amount: " + text);
			}
			setValue(Long.valueOf(digits));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}
	}

	/** Binds phone numbers typed with spaces, dots or dashes ("0912 345 678"). */
	static final class PhoneEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			setValue(text.replaceAll("[\\s.\\-()]", ""));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}
	}
}
