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
 * A programme event: a fair (e.g. the first OCOP fair with the orange festival), a conference or a study tour,
 * with its dates, place and linked products; shown on the public portal.
 */
@Entity
@Table(name = "programme_event")
class ProgrammeEvent extends OutreachRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventKind kind;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Column(nullable = false)
	private LocalDate endsOn;

	@Column(nullable = false)
	private String place;

	private @Nullable String description;

	@ElementCollection
	@CollectionTable(name = "programme_event_product", joinColumns = @JoinColumn(name = "event_id"))
	private Set<LinkedProduct> products = new LinkedHashSet<>();

	protected ProgrammeEvent() {
	}

	ProgrammeEvent(EventDetails details, List<LinkedProduct> products, Instant now, String actor) {
		super(now, actor);
		describe(details, products);
	}

	void describe(EventDetails details, List<LinkedProduct> linked) {
		if (details.endsOn().isBefore(details.startsOn())) {
			throw BusinessRuleException.unprocessable("programme.event.dates");
		}
		this.kind = details.kind();
		this.title = details.title().strip();
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.place = details.place().strip();
		placeIn(details.communeCode());
		this.description = blankToNull(details.description());
		this.products.clear();
		this.products.addAll(linked);
	}

	EventView toView() {
		return new EventView(getId(), kind, title, startsOn, endsOn, place, getCommuneCode(), description,
				byName(products));
	}
}
