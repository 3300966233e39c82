/**
 * Key performance indicators (chỉ tiêu, KPI): every indicator of the programme measured live from the records of
 * the other modules (one {@link vn.ocop.kpi.KpiMeasure} bean each, support's among them), next to the targets of the
 * year's plan; drill-down by unit and product group down to the records each figure counts (named by each owning
 * module's {@link vn.ocop.kpi.CountedRecords}); the monthly trend; the .xlsx and PDF reports. It only reads: no
 * other module's state changes here.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "KPIs", allowedDependencies = { "shared", "identity",
		"geography", "criteria", "registry", "certification", "reporting", "shop", "planning", "outreach" })
package vn.ocop.kpi;
