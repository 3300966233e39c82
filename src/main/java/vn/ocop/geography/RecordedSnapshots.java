package vn.ocop.geography;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecordedSnapshots extends JpaRepository<RecordedSnapshot, UUID> {

	List<RecordedSnapshot> findByProvinceCodeIn(Collection<String> provinceCodes);

	List<RecordedSnapshot> findAllByOrderByValidFromDescProvinceCodeAsc();

	boolean existsByProvinceCodeAndValidFrom(String provinceCode, LocalDate validFrom);
}
