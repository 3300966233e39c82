package vn.ocop.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitSuccessions extends JpaRepository<UnitSuccession, UUID> {

	boolean existsByEffectiveFrom(LocalDate effectiveFrom);

	/** Every mapping line as {@code [oldCode, newCode, effectiveFrom]}, without managing entities. */
	@Query("select s.oldCode, s.newCode, s.effectiveFrom from UnitSuccession s")
	List<Object[]> findAllLines();

	List<UnitSuccession> findByEffectiveFrom(LocalDate effectiveFrom);

	/** Each effective day with its number of mapping lines, latest first. */
	@Query("""
			select s.effectiveFrom, count(s) from UnitSuccession s
			group by s.effectiveFrom order by s.effectiveFrom desc""")
	List<Object[]> countByEffectiveFrom();
}
