package vn.ocop.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UserAccounts extends JpaRepository<UserAccount, UUID>, JpaSpecificationExecutor<UserAccount> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findAllByOrderByUsername();

	List<UserAccount> findAllByUsernameIn(java.util.Collection<String> usernames);
}
