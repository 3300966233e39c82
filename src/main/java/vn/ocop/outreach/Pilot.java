package vn.ocop.outreach;

import static vn.ocop.shared.Texts.blankToNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import vn.ocop.shared.BusinessRuleException;

/**
 * A pilot model (mô hình điểm, Activity 6.1.2) of the central, provincial or district level: its type, location,
 * products involved and progress. A built pilot counts against the plan's target for its level.
 */
@Entity
@Table(name = "programme_pilot")
class Pilot extends OutreachRecord {

	@Column(name = "pilot_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PilotLevel level;

	@Column(name = "pilot_type", nullable = false)
	private String type;

	private @Nullable String location;

	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PilotStatus status;

	@Column(nullable = false)
	private int progress;

	private @Nullable LocalDate completedOn;

	@ElementCollection
	@CollectionTable(name = "programme_pilot_product", joinColumns = @JoinColumn(name = "pilot_id"))
	private Set<LinkedProduct> products = new LinkedHashSet<>();

	protected Pilot() {
	}

	Pilot(PilotDetails details, List<LinkedProduct> products, Instant now, String actor) {
		super(now, actor);
		this.status = PilotStatus.SELECTED;
		describe(details, products);
	}

	void describe(PilotDetails details, List<LinkedProduct> involved) {
		if (details.level() == PilotLevel.DISTRICT && (details.communeCode() == null || details.communeCode().isBlank())) {
			throw BusinessRuleException.unprocessable("programme.pilot.district.unit");
		}
		this.year = details.year();
		this.name = details.name().strip();
		this.level = details.level();
		this.type = details.type().strip();
		placeIn(details.communeCode());
		this.location = blankToNull(details.location());
		this.description = blankToNull(details.description());
		this.products.clear();
		this.products.addAll(involved);
	}

	/** Records progress in per cent; 100 % on a day means built. */
	void progress(int percent, LocalDate on) {
		if (percent < 0 || percent > 100) {
			throw BusinessRuleException.unprocessable("programme.task.progress.range");
		}
		if (status == PilotStatus.BUILT && percent < 100) {
			throw BusinessRuleException.conflict("programme.pilot.built");
		}
		this.progress = percent;
		if (percent == 100) {
			this.status = PilotStatus.BUILT;
			this.completedOn = completedOn == null ? on : completedOn;
		}
		else if (percent > 0) {
			this.status = PilotStatus.BUILDING;
		}
	}

	PilotView toView() {
		return new PilotView(getId(), year, name, level, type, getCommuneCode(), location, description, status, progress,
				completedOn, byName(products));
	}
}
