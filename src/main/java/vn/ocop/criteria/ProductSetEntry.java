package vn.ocop.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A product set as stored: reference data loaded from a regulation's taxonomy file.
 */
@Entity
@Table(name = "criteria_product_set")
class ProductSetEntry {

	@Id
	@Column(length = 32)
	private String code;

	@Column(name = "regulation_code", nullable = false, length = 32)
	private String regulationCode;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "group_code", nullable = false, length = 32)
	private String groupCode;

	@Column(name = "group_name", nullable = false, length = 300)
	private String groupName;

	@Column(name = "sector_code", nullable = false, length = 32)
	private String sectorCode;

	@Column(name = "sector_name", nullable = false, length = 300)
	private String sectorName;

	@Column(name = "lead_ministry", nullable = false, length = 300)
	private String leadMinistry;

	protected ProductSetEntry() {
	}

	ProductSetEntry(ProductSet set) {
		this.code = set.code();
		this.regulationCode = set.regulationCode();
		this.name = set.name();
		this.groupCode = set.groupCode();
		this.groupName = set.groupName();
		this.sectorCode = set.sectorCode();
		this.sectorName = set.sectorName();
		this.leadMinistry = set.leadMinistry();
	}

	ProductSet toProductSet() {
		return new ProductSet(code, regulationCode, name, groupCode, groupName, sectorCode, sectorName, leadMinistry);
	}
}
