/**
 * Documents that several modules produce: spreadsheets written row by row ({@link vn.ocop.shared.document.Sheet}),
 * PDFs rendered from XHTML templates with embedded fonts ({@link vn.ocop.shared.document.PdfRenderer}) and QR codes
 * as matrix, PNG or SVG ({@link vn.ocop.shared.document.QrCodes}).
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.shared.document;
