package vn.ocop.criteria;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductSetEntries extends JpaRepository<ProductSetEntry, String> {

	List<ProductSetEntry> findByRegulationCodeOrderByCode(String regulationCode);

}
