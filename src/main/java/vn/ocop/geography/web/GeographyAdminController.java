package vn.ocop.geography.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.Valid;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.SnapshotSummary;
import vn.ocop.geography.SuccessionSummary;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.geography.UnitSnapshotImport;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.NotFoundException;

/**
 * The provincial office's pages for administrative units: the units in force on a day (the table refreshes
 * in place with htmx), the history of one unit, and the imports of new lists and reorganisation mappings. An import
 * form is bound and checked, and a refused import shows its errors beside their fields (the day's beside the day,
 * the file's beside the file with the rows they name).
 */
@Controller
@RequestMapping("/admin/geography")
@PreAuthorize("hasRole('PROVINCE_ADMIN')")
class GeographyAdminController {

	static final String VIEW_UNITS = "geography/units";
	static final String VIEW_UNIT_TABLE = "geography/partials/units :: table";
	static final String VIEW_VERSIONS = "geography/versions";
	static final String VIEW_SNAPSHOT_IMPORT = "geography/snapshot-import";
	static final String VIEW_SUCCESSION_IMPORT = "geography/succession-import";

	private final GeographyApi geography;
	private final UnitSnapshotImport imports;
	private final GeographyPages pages;
	private final Clock clock;

	GeographyAdminController(GeographyApi geography, UnitSnapshotImport imports, GeographyPages pages, Clock clock) {
		this.geography = geography;
		this.imports = imports;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping
	String units(@RequestParam(required = false) @Nullable String on,
			@RequestParam(required = false) @Nullable String level,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate day = today;
		if (on != null && !on.isBlank()) {
			try {
				day = LocalDate.parse(on.strip());
			}
			catch (DateTimeParseException e) {
				model.addAttribute("invalidDate", on);
			}
		}
		UnitLevel unitLevel = parseLevel(level);
		LocalDate shown = day;
		List<Unit> units = geography.unitsInForce(shown, unitLevel, null);
		var parentNames = new HashMap<String, String>();
		for (Unit unit : units) {
			if (unit.parentCode() != null) {
				parentNames.computeIfAbsent(unit.parentCode(),
						code -> geography.find(code, shown).map(Unit::name).orElse(code));
			}
		}
		model.addAttribute("on", shown);
		model.addAttribute("level", unitLevel);
		model.addAttribute("levels", UnitLevel.values());
		model.addAttribute("units", units);
		model.addAttribute("parentNames", parentNames);
		if (htmx != null) {
			return VIEW_UNIT_TABLE;
		}
		model.addAttribute("snapshots", imports.snapshots());
		model.addAttribute("successions", imports.successions());
		model.addAttribute("zone", clock.getZone());
		return VIEW_UNITS;
	}

	@GetMapping("/units/{code}")
	String versions(@PathVariable String code, Model model) {
		List<Unit> versions = geography.versionsOf(code);
		if (versions.isEmpty()) {
			throw new NotFoundException("geography.unit.unknown", code);
		}
		LocalDate today = LocalDate.now(clock);
		var successors = new LinkedHashMap<LocalDate, List<Unit>>();
		var lineages = new LinkedHashMap<LocalDate, List<Unit>>();
		for (Unit version : versions) {
			lineages.put(version.validFrom(), geography.lineage(code, version.validFrom()));
			if (!version.inForceOn(today)) {
				successors.put(version.validFrom(), geography.successors(code, version.validFrom(), today));
			}
		}
		model.addAttribute("code", code);
		model.addAttribute("versions", versions);
		model.addAttribute("lineages", lineages);
		model.addAttribute("successors", successors);
		model.addAttribute("today", today);
		return VIEW_VERSIONS;
	}

	@GetMapping("/snapshots/new")
	String snapshotForm(Model model) {
		model.addAttribute("snapshotForm", new SnapshotForm());
		return VIEW_SNAPSHOT_IMPORT;
	}

	@PostMapping("/snapshots")
	String importSnapshot(@Valid @ModelAttribute("snapshotForm") SnapshotForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		SnapshotSummary[] done = new SnapshotSummary[1];
		if (pages.attempt(binding, () -> {
			try (InputStream csv = open(form.getFile())) {
				return done[0] = imports.importSnapshot(csv, form.getValidFrom(), form.sourceName());
			}
			catch (ImportProblems e) {
				throw refused(e, "validFrom", model);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, Map.of())) {
			SnapshotSummary summary = done[0];
			redirect.addFlashAttribute("geographyFlash", pages.text("geography.summary.snapshot", summary.provinceCode(),
					day(summary.validFrom()), summary.units(), summary.opened(), summary.closed(), summary.unchanged()));
			return "redirect:" + UriComponentsBuilder.fromPath("/admin/geography")
					.queryParam("on", summary.validFrom()).build().toUriString();
		}
		return VIEW_SNAPSHOT_IMPORT;
	}

	@GetMapping("/successions/new")
	String successionForm(Model model) {
		model.addAttribute("successionForm", new SuccessionForm());
		return VIEW_SUCCESSION_IMPORT;
	}

	@PostMapping("/successions")
	String importSuccessions(@Valid @ModelAttribute("successionForm") SuccessionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		SuccessionSummary[] done = new SuccessionSummary[1];
		if (pages.attempt(binding, () -> {
			try (InputStream csv = open(form.getFile())) {
				return done[0] = imports.importSuccessions(csv, form.getEffectiveFrom());
			}
			catch (ImportProblems e) {
				throw refused(e, "effectiveFrom", model);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}, Map.of())) {
			SuccessionSummary summary = done[0];
			redirect.addFlashAttribute("geographyFlash", pages.text("geography.summary.succession",
					day(summary.effectiveFrom()), summary.mappings()));
			return "redirect:" + UriComponentsBuilder.fromPath("/admin/geography")
					.queryParam("on", summary.effectiveFrom()).build().toUriString();
		}
		return VIEW_SUCCESSION_IMPORT;
	}

	/**
	 * A refused import: the problems of the file (listed with their rows beside the file) for the page, and the
	 * field problems that put each error beside its field.
	 */
	private static BusinessRuleException refused(ImportProblems problems, String dayField, Model model) {
		model.addAttribute("problems",
				problems.problems().stream().filter(p -> !GeographyPages.aboutTheDay(p)).toList());
		return GeographyPages.refused(problems, dayField);
	}

	private static String day(LocalDate day) {
		return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	private static InputStream open(@Nullable MultipartFile file) {
		try {
			return file == null ? InputStream.nullInputStream() : file.getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
	private static @Nullable UnitLevel parseLevel(@Nullable String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return UnitLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
