package vn.ocop.criteria;

/**
 * The kind of product dossier (hồ sơ sản phẩm) a producer files: the regulations ask for different documents and
 * set different deadlines for each (26/2026/QĐ-TTg Điều 6.1, 7.5, 7.6, 12.2).
 */
public enum DossierType {
	/** Đánh giá, phân hạng lần đầu. */
	FIRST,
	/** Nâng hạng sao (upgrade of a recognised product). */
	UPGRADE,
	/** Đánh giá, phân hạng lại (re-evaluation, e.g. at expiry of the certificate). */
	RE_EVALUATION
}
