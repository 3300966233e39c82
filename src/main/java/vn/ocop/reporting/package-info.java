/**
 * Reporting (báo cáo định kỳ hằng tháng, plan activity 13): producers' monthly reports routed by the
 * administrative structure in force for the period (district until June 2025, commune after), the roster of
 * producers expected to report, the reporting units' compiled reports, the province's month and trend, reminders
 * before and after each deadline, and the exports of reports (.xlsx, the monthly province summary as PDF).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "shared", "geography", "identity", "notification", "registry" })
package vn.ocop.reporting;
