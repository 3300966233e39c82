package vn.ocop.registry;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Products extends JpaRepository<Product, UUID>, JpaSpecificationExecutor<Product>, RegistryImportInserts {

	List<Product> findByProducerIdOrderByCycleYearDescNameAsc(UUID producerId);

	List<Product> findByCycleYear(int cycleYear);

	long countByCycleYear(int cycleYear);
}
