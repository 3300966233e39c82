package vn.ocop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;

/**
 * The annual OCOP cycle of a province: its year, the regulation that applies, and its phases with deadlines.
 */
@Entity
@Table(name = "registry_cycle")
class Cycle {

	@Id
	@Column(name = "cycle_year")
	private Integer year;

	@Column(name = "regulation_code", nullable = false, length = 32)
	private String regulationCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CycleStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "registry_cycle_phase", joinColumns = @JoinColumn(name = "cycle_year"))
	private List<PhaseSchedule> phases = new ArrayList<>();

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "opened_by", nullable = false, length = 64)
	private String openedBy;

	@AuditIgnored
	@Version
	private long version;

	protected Cycle() {
	}

	Cycle(int year, String regulationCode, List<PhaseSchedule> phases, Instant now, String actor) {
		if (year < 2018 || year > 2100) {
			throw BusinessRuleException.unprocessable("registry.cycle.year", year);
		}
		this.year = year;
		this.regulationCode = regulationCode;
		this.status = CycleStatus.OPEN;
		this.openedAt = now;
		this.openedBy = actor;
		schedule(phases);
	}

	/** When districts select by default, as in Hà Tĩnh's 2019 plan. */
	static final MonthDay SELECTION_DEADLINE = MonthDay.of(3, 10);

	/** The default schedule of a year, modelled on Hà Tĩnh's 2019 plan (districts select by 10 March). */
	static List<PhaseSchedule> defaultSchedule(int year) {
		return List.of(
				new PhaseSchedule(CyclePhase.PROPAGANDA, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
				new PhaseSchedule(CyclePhase.IDEA_REGISTRATION, LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 28)),
				new PhaseSchedule(CyclePhase.SELECTION, LocalDate.of(year, 1, 15), SELECTION_DEADLINE.atYear(year)),
				new PhaseSchedule(CyclePhase.DOSSIER, LocalDate.of(year, 3, 11), LocalDate.of(year, 7, 31)),
				new PhaseSchedule(CyclePhase.EVALUATION, LocalDate.of(year, 8, 1), LocalDate.of(year, 10, 31)),
				new PhaseSchedule(CyclePhase.CERTIFICATION, LocalDate.of(year, 10, 1), LocalDate.of(year, 11, 30)),
				new PhaseSchedule(CyclePhase.PROMOTION, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
	}

	/** Replaces the schedule; every phase at most once. */
	void schedule(List<PhaseSchedule> phases) {
		var seen = EnumSet.noneOf(CyclePhase.class);
		for (PhaseSchedule phase : phases) {
			if (!seen.add(phase.phase())) {
				throw BusinessRuleException.unprocessable("registry.cycle.phaseTwice", phase.phase());
			}
		}
		this.phases = new ArrayList<>(phases);
		this.phases.sort(Comparator.comparing(PhaseSchedule::phase));
	}

	void close() {
		if (status == CycleStatus.CLOSED) {
			throw BusinessRuleException.conflict("registry.cycle.closed", year);
		}
		status = CycleStatus.CLOSED;
	}

	void reopen() {
		if (status == CycleStatus.OPEN) {
			throw BusinessRuleException.conflict("registry.cycle.alreadyOpen", year);
		}
		status = CycleStatus.OPEN;
	}

	/** See {@link CycleView#registrationDay}. */
	LocalDate registrationDay(LocalDate today) {
		return registrationDay(year, phases, today);
	}

	static LocalDate registrationDay(int year, List<PhaseSchedule> phases, LocalDate today) {
		LocalDate deadline = phases.stream().filter(p -> p.phase() == CyclePhase.SELECTION).findFirst()
				.map(PhaseSchedule::deadline).orElse(SELECTION_DEADLINE.atYear(year));
		return deadline.isBefore(today) ? deadline : today;
	}

	Optional<PhaseSchedule> phase(CyclePhase phase) {
		return phases.stream().filter(p -> p.phase() == phase).findFirst();
	}

	CycleView toView(LocalDate today) {
		return new CycleView(year, regulationCode, status, List.copyOf(phases),
				phases.stream().filter(p -> p.isOpenOn(today)).map(PhaseSchedule::phase).toList());
	}

	int getYear() {
		return year;
	}

	String getRegulationCode() {
		return regulationCode;
	}

	CycleStatus getStatus() {
		return status;
	}
}
