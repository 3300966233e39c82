/**
 * Demo mode: on an empty database, creates the demo accounts and realistic Hà Tĩnh demo data so that every screen
 * shows something real. On by default for the embedded database, off for the {@code postgres} profile unless
 * explicitly enabled ({@code ocop.demo.enabled=true}).
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.demo;
