package vn.ocop.evaluation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Councils extends JpaRepository<Council, UUID> {

	List<Council> findAllByOrderByYearDescNameAsc();

	@Query("select c from Council c join c.members m where m.username = :username order by c.year desc")
	List<Council> findByMember(String username);
}
