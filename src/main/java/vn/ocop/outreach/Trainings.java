package vn.ocop.outreach;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Trainings extends JpaRepository<Training, UUID> {

	List<Training> findByYearOrderByStartsOnDesc(int year);

	List<Training> findAllByOrderByStartsOnDesc();

	/** Usernames and producer ids of participants who completed a course of the year: [username, producerId, commune]. */
	@Query("select p.username, p.producerId, p.communeCode, p.completedOn from Training t join t.participants p "
			+ "where t.year = :year and p.completed = true")
	List<Object[]> completions(int year);
}
