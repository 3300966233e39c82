package vn.ocop.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.ocop.registry.CyclePhase;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.PhaseSchedule;

/**
 * The phase schedule of a cycle as edited by the provincial office: first day and deadline of each phase.
 */
class ScheduleForm {

	private List<@Valid Row> phases = new ArrayList<>();

	static ScheduleForm of(CycleView cycle) {
		var form = new ScheduleForm();
		for (PhaseSchedule phase : cycle.phases()) {
			var row = new Row();
			row.setPhase(phase.phase());
			row.setStartsOn(phase.startsOn());
			row.setDeadline(phase.deadline());
			form.phases.add(row);
		}
		return form;
	}

	/** Rejects rows whose deadline lies before their first day. */
	void check(BindingResult binding) {
		for (int i = 0; i < phases.size(); i++) {
			Row row = phases.get(i);
			if (row.getPhase() == null) {
				binding.rejectValue("phases[" + i + "].phase", "NotNull");
			}
			if (row.getStartsOn() != null && row.getDeadline() != null && row.getDeadline().isBefore(row.getStartsOn())) {
				binding.rejectValue("phases[" + i + "].deadline", "registry.page.cycle.deadlineBeforeStart");
			}
		}
	}

	List<PhaseSchedule> toSchedule() {
		return phases.stream().map(r -> new PhaseSchedule(r.getPhase(), r.getStartsOn(), r.getDeadline())).toList();
	}

	public List<Row> getPhases() {
		return phases;
	}

	public void setPhases(List<Row> phases) {
		this.phases = phases;
	}

	/** One phase. */
	public static class Row {

		private @Nullable CyclePhase phase;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate startsOn;

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate deadline;

		public @Nullable CyclePhase getPhase() {
			return phase;
		}

		public void setPhase(@Nullable CyclePhase phase) {
			this.phase = phase;
		}

		public @Nullable LocalDate getStartsOn() {
			return startsOn;
		}

		public void setStartsOn(@Nullable LocalDate startsOn) {
			this.startsOn = startsOn;
		}

		public @Nullable LocalDate getDeadline() {
			return deadline;
		}

		public void setDeadline(@Nullable LocalDate deadline) {
			this.deadline = deadline;
		}
	}
}
