package vn.ocop.geography.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.SnapshotSummary;
import vn.ocop.geography.SuccessionSummary;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.geography.UnitSnapshotImport;
import vn.ocop.shared.NotFoundException;

/**
 * Administrative units as JSON: anyone may read them; the provincial office imports new lists and mappings.
 */
@RestController
@RequestMapping(path = "/api/v1/geography", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Geography", description = "Đơn vị hành chính (administrative units) with their history")
class GeographyApiController {

	private final GeographyApi geography;
	private final UnitSnapshotImport imports;
	private final Clock clock;

	GeographyApiController(GeographyApi geography, UnitSnapshotImport imports, Clock clock) {
		this.geography = geography;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping("/units")
	@Operation(summary = "Units in force on a day (today by default), optionally of one level and under one parent")
	List<Unit> units(@RequestParam(required = false) @Nullable UnitLevel level,
			@Parameter(description = "yyyy-MM-dd") @RequestParam(required = false)
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(required = false) @Nullable String parentCode) {
		return geography.unitsInForce(dayOrToday(on), level, parentCode);
	}

	@GetMapping("/units/{code}")
	@Operation(summary = "The version of a unit in force on a day (today by default)")
	Unit unit(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
		LocalDate day = dayOrToday(on);
		return geography.find(code, day).orElseThrow(() -> notFound(code, day));
	}

	@GetMapping("/units/{code}/versions")
	@Operation(summary = "Every version of a unit, oldest first")
	List<Unit> versions(@PathVariable String code) {
		List<Unit> versions = geography.versionsOf(code);
		if (versions.isEmpty()) {
			throw new NotFoundException("geography.unit.unknown", code);
		}
		return versions;
	}

	@GetMapping("/units/{code}/successors")
	@Operation(summary = "Today's units that the unit, as it was on a day, became through reorganisations")
	List<Unit> successors(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
		LocalDate today = LocalDate.now(clock);
		LocalDate day = on == null ? today : on;
		if (geography.find(code, day).isEmpty()) {
			throw notFound(code, day);
		}
		return geography.successors(code, day, today);
	}

	@PostMapping(path = "/snapshots", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Import the list of units of a province in force from a day (CSV code,name,level,parent_code)")
	ResponseEntity<SnapshotSummary> importSnapshot(@RequestPart("file") MultipartFile file,
			@Parameter(description = "yyyy-MM-dd") @RequestParam(required = false) @Nullable String validFrom,
			@RequestParam(required = false) @Nullable String source) throws IOException {
		String sourceName = source == null || source.isBlank() ? file.getOriginalFilename() : source;
		try (InputStream csv = file.getInputStream()) {
			SnapshotSummary summary = imports.importSnapshot(csv, validFrom, sourceName);
			return ResponseEntity.created(URI.create("/api/v1/geography/units?on=" + summary.validFrom()))
					.body(summary);
		}
	}

	@PostMapping(path = "/successions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('PROVINCE_ADMIN')")
	@Operation(summary = "Import the mapping of a reorganisation effective from a day (CSV new_code,old_code)")
	ResponseEntity<SuccessionSummary> importSuccessions(@RequestPart("file") MultipartFile file,
			@Parameter(description = "yyyy-MM-dd") @RequestParam(required = false) @Nullable String effectiveFrom)
			throws IOException {
		try (InputStream csv = file.getInputStream()) {
			SuccessionSummary summary = imports.importSuccessions(csv, effectiveFrom);
			return ResponseEntity.created(URI.create("/api/v1/geography/units?on=" + summary.effectiveFrom()))
					.body(summary);
		}
	}

	private LocalDate dayOrToday(@Nullable LocalDate on) {
		return on == null ? LocalDate.now(clock) : on;
	}

	private NotFoundException notFound(String code, LocalDate day) {
		return geography.versionsOf(code).isEmpty() ? new NotFoundException("geography.unit.unknown", code)
				: new NotFoundException("geography.unit.notInForce", code, day.toString());
	}
}
