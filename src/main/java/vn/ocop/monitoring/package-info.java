/**
 * Monitoring (giám sát, kiểm tra, hậu kiểm): producers' and reporting units' monthly reports (báo cáo định kỳ
 * hằng tháng) routed by the administrative structure in force for the period, yearly inspection plans (kế hoạch
 * kiểm tra) with approval, inspections with the post-certification checklist, findings and sanctions applied through
 * the certification decisions, and public complaints (phản ánh) about certified products.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.monitoring;
