/**
 * The signed-in user's work list as a contract: {@link vn.ocop.shared.work.WorkItem} and the
 * {@link vn.ocop.shared.work.WorkItemSource} each module implements.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.shared.work;
