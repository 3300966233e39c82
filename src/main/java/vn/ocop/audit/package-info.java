/**
 * Audit: an append-only log of every change of business data (who, when, which record, what changed from what to
 * what, and optionally why), captured generically from the JPA entities of every module, searchable by the
 * provincial office and shown as a history tab on records.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "identity" })
package vn.ocop.audit;
