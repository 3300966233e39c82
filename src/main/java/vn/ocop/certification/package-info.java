/**
 * Certification (cấp giấy chứng nhận) and public verification: recognition decisions for rated products,
 * certificates with their PDF and print-ready OCOP labels, expiry with reminders, downgrades and revocations by
 * decision, and the public page a QR code leads to.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.certification;
