/**
 * The OCOP marketplace (sàn thương mại điện tử OCOP, plan activity 7.2): producers list their certified products
 * (only while the certificate is in force, always with its true stars), buyers check out without an account and pay
 * cash on delivery or by VietQR bank transfer, orders per producer move through guarded states, and the provincial
 * office follows the sales.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.shop;
