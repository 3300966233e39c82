/**
 * Documents that several modules produce: spreadsheets written row by row ({@link vn.ocop.shared.document.Sheet}).
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.shared.document;
