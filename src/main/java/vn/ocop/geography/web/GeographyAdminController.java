package vn.ocop.geography.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.SnapshotSummary;
import vn.ocop.geography.SuccessionSummary;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.geography.UnitSnapshotImport;
import vn.ocop.shared.ImportProblems;
import vn.ocop.shared.NotFoundException;

/**
 * The provincial office's pages for administrative units: the units in force on a day (the table refreshes
 * in place with htmx), the history of one unit, and the imports of new lists and reorganisation mappings.
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
	private final Clock clock;

	GeographyAdminController(GeographyApi geography, UnitSnapshotImport imports, Clock clock) {
		this.geography = geography;
		this.imports = imports;
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
		model.addAttribute("form", new SnapshotForm(null, null));
		return VIEW_SNAPSHOT_IMPORT;
	}

	@PostMapping("/snapshots")
	String importSnapshot(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String validFrom,
			@RequestParam(required = false) @Nullable String source, Model model, RedirectAttributes redirect)
			throws IOException {
		String sourceName = source == null || source.isBlank() ? (file == null ? null : file.getOriginalFilename())
				: source;
		try (InputStream csv = open(file)) {
			SnapshotSummary summary = imports.importSnapshot(csv, validFrom, sourceName);
			redirect.addFlashAttribute("snapshotSummary", summary);
			return "redirect:" + UriComponentsBuilder.fromPath("/admin/geography")
					.queryParam("on", summary.validFrom()).build().toUriString();
		}
		catch (ImportProblems e) {
			model.addAttribute("form", new SnapshotForm(validFrom, source));
			model.addAttribute("problems", e.problems());
			return VIEW_SNAPSHOT_IMPORT;
		}
	}

	@GetMapping("/successions/new")
	String successionForm(Model model) {
		model.addAttribute("form", new SuccessionForm(null));
		return VIEW_SUCCESSION_IMPORT;
	}

	@PostMapping("/successions")
	String importSuccessions(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String effectiveFrom, Model model, RedirectAttributes redirect)
			throws IOException {
		try (InputStream csv = open(file)) {
			SuccessionSummary summary = imports.importSuccessions(csv, effectiveFrom);
			redirect.addFlashAttribute("successionSummary", summary);
			return "redirect:" + UriComponentsBuilder.fromPath("/admin/geography")
					.queryParam("on", summary.effectiveFrom()).build().toUriString();
		}
		catch (ImportProblems e) {
			model.addAttribute("form", new SuccessionForm(effectiveFrom));
			model.addAttribute("problems", e.problems());
			return VIEW_SUCCESSION_IMPORT;
		}
	}

	/** What the snapshot form shows again after a refused import (a file input cannot be refilled). */
	record SnapshotForm(@Nullable String validFrom, @Nullable String source) {
	}

	/** What the mapping form shows again after a refused import. */
	record SuccessionForm(@Nullable String effectiveFrom) {
	}

	private static InputStream open(@Nullable MultipartFile file) throws IOException {
		return file == null ? InputStream.nullInputStream() : file.getInputStream();
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
