/**
 * Shared kernel: the clock, error types and the web shell that every module uses.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ocop.shared;
