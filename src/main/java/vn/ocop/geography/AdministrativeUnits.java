package vn.ocop.geography;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AdministrativeUnits extends JpaRepository<AdministrativeUnit, UUID> {

	List<AdministrativeUnit> findByProvinceCodeIn(Collection<String> provinceCodes);

	List<AdministrativeUnit> findByCodeIn(Collection<String> codes);

	/** Every version as the index keeps it, without managing entities. */
	@Query("""
			select new vn.ocop.geography.Unit(u.code, u.name, u.level, u.parentCode, u.validFrom, u.validTo)
			from AdministrativeUnit u""")
	List<Unit> findAllVersions();
}
