package vn.ocop.criteria;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardDrafts extends JpaRepository<ScorecardDraft, UUID> {

	Optional<ScorecardDraft> findByProductSetCode(String productSetCode);

	List<ScorecardDraft> findAllByOrderByProductSetCode();
}
