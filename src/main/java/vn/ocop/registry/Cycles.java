package vn.ocop.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Cycles extends JpaRepository<Cycle, Integer> {

	List<Cycle> findAllByOrderByYearDesc();

	Optional<Cycle> findFirstByStatusOrderByYearDesc(CycleStatus status);
}
