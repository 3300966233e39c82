/**
 * The signed-in user's workspace (bàn làm việc): a dashboard that fits each role, composed from the other modules'
 * APIs.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.workspace;
