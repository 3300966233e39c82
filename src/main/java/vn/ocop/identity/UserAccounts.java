package vn.ocop.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccounts extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("""
			select distinct u from UserAccount u left join u.roles r
			where (:q is null or lower(u.username) like lower(concat('%', :q, '%'))
			       or lower(u.displayName) like lower(concat('%', :q, '%')))
			  and (:role is null or r = :role)
			order by u.username""")
	Page<UserAccount> search(@Param("q") String q, @Param("role") Role role, Pageable pageable);

	List<UserAccount> findAllByOrderByUsername();
}
