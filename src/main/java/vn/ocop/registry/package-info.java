/**
 * The registry and the front half of the annual OCOP cycle: producers (chủ thể OCOP), their products, the annual
 * cycle (chu trình OCOP thường niên) with its phases and deadlines, idea registration, selection by the district
 * (or, from July 2025, the commune), the dossier (hồ sơ) and its submission.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.registry;
