package vn.ocop.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Producers extends JpaRepository<Producer, UUID>, JpaSpecificationExecutor<Producer>, RegistryImportInserts {

	Optional<Producer> findByRegistrationNumber(String registrationNumber);

	boolean existsByRegistrationNumber(String registrationNumber);

	List<Producer> findByRegistrationNumberIn(Collection<String> registrationNumbers);

	@Query("select p from Producer p join p.accounts a where a = :username order by p.name")
	List<Producer> findManagedBy(String username);
}
