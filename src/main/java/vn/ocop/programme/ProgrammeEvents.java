package vn.ocop.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeEvents extends JpaRepository<ProgrammeEvent, UUID> {

	List<ProgrammeEvent> findAllByOrderByStartsOnDesc();

	List<ProgrammeEvent> findByEndsOnGreaterThanEqualOrderByStartsOnAsc(LocalDate day, Limit limit);
}
