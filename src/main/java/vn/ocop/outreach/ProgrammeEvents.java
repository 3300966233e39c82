package vn.ocop.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeEvents extends JpaRepository<ProgrammeEvent, UUID> {

	List<ProgrammeEvent> findAllByOrderByStartsOnDesc();

	List<ProgrammeEvent> findByEndsOnGreaterThanEqualOrderByStartsOnAsc(LocalDate day, Limit limit);

	/**
	 * The events not ended on the day, soonest first, without their products: one query (the home page lists them
	 * on every visit and shows no products).
	 */
	@org.springframework.data.jpa.repository.Query("""
			select new vn.ocop.outreach.ProgrammeEvents$Listed(e.id, e.title, e.startsOn, e.endsOn, e.place)
			from ProgrammeEvent e where e.endsOn >= :day order by e.startsOn""")
	List<Listed> findListedEndingFrom(LocalDate day, Limit limit);

	/** An event as a list shows it. */
	record Listed(UUID id, String title, LocalDate startsOn, LocalDate endsOn, String place) {
	}
}
