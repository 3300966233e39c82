package vn.ocop.criteria;

/**
 * A product set (bộ sản phẩm) of a regulation's taxonomy: each has its own scorecard.
 *
 * @param code e.g. {@code 1048-01}
 * @param regulationCode the regulation whose taxonomy it belongs to
 * @param name e.g. "Rau, củ, quả, hạt tươi"
 * @param groupCode the product group (nhóm)
 * @param groupName
 * @param sectorCode the sector (ngành)
 * @param sectorName
 * @param leadMinistry the ministry that leads it
 */
public record ProductSet(String code, String regulationCode, String name, String groupCode, String groupName,
		String sectorCode, String sectorName, String leadMinistry) {
}
