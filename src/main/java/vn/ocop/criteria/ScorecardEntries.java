package vn.ocop.criteria;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardEntries extends JpaRepository<ScorecardEntry, String> {

	List<ScorecardEntry> findAllByOrderByCode();

	List<ScorecardEntry> findByProductSetCodeOrderByVersionDesc(String productSetCode);

	List<ScorecardEntry> findByProductSetCodeIsNull();
}
