/**
 * Users, roles and their scope: every officer is bound to an administrative unit and sees only data inside it.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.identity;
