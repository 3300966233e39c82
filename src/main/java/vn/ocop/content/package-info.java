/**
 * Editorial content (nội dung biên tập) of the public portal: news (tin tức), good-model stories (mô hình tốt) and
 * product stories ("Câu chuyện sản phẩm"), written by editors in a sanitised rich-text editor with images, reviewed
 * and approved by the provincial office, published on schedule.
 */
@org.jspecify.annotations.NullMarked
package vn.ocop.content;
