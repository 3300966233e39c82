/**
 * The national OCOP rules as data: regulations (1048/2019, 148/2023, 1489/2025, 26/2026), their product taxonomy
 * (sectors → groups → product sets, bộ sản phẩm) and, per product set, the scorecard (bộ tiêu chí) councils score
 * against, in immutable published versions, with the drafts the provincial office writes (ScorecardAuthoring).
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.criteria;
