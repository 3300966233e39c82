/**
 * Administrative units (đơn vị hành chính): province, district-level units and communes with their official
 * GSO codes, each version with its validity dates, and the mapping of the 2025 reorganisation.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Geography", allowedDependencies = "shared")
package vn.ocop.geography;
