/**
 * Support and funding (hỗ trợ và kinh phí): the support items of the province's plan as data (legal basis, who may
 * apply, ceiling, funding source); producers' support requests from application through the commune's or
 * district's check, the office's decision, disbursement and the reported result, each step on a timeline; budget
 * lines per plan activity and funding source, whose commitments can never exceed the allocation; and the IP and
 * brand registrations of products (Activity 11 of the 2019 plan), which serve as evidence for the scorecards'
 * IP criteria.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.support;
