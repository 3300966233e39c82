/**
 * Planning (kế hoạch năm): the province's annual OCOP plan with its targets (chỉ tiêu, each naming the indicator
 * that measures it) and activities (hoạt động) broken into tasks with lead and partner agencies, deadlines, status,
 * progress notes and attachments; late tasks and the reminders to their leads; tasks assigned from a monthly
 * report's difficulty. The figures beside the targets come from whichever module provides {@link
 * vn.ocop.planning.TargetMeasures} (kpi): planning counts nothing itself.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Planning",
		allowedDependencies = { "shared", "identity", "notification" })
package vn.ocop.planning;
