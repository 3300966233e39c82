/**
 * Evaluation and star ranking (đánh giá, phân hạng): councils at commune, district, provincial and central level,
 * evaluation sessions, each member's scorecard, the mean score and its stars, and the escalation of results to the
 * next level where the cycle's regulation says so.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.evaluation;
