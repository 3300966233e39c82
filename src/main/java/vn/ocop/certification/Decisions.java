package vn.ocop.certification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Decisions extends JpaRepository<Decision, UUID> {

	Optional<Decision> findByKindAndNumber(DecisionKind kind, String number);

	List<Decision> findByIdIn(Collection<UUID> ids);

	List<Decision> findByKindOrderByDateDescNumberDesc(DecisionKind kind);

	List<Decision> findByKindAndDateBetweenOrderByDateDescNumberDesc(DecisionKind kind, java.time.LocalDate from,
			java.time.LocalDate to);
}
