package vn.ocop.content;

/**
 * The category of an article.
 */
public enum ArticleKind {
	/** Tin tức, hoạt động của Chương trình. */
	NEWS,
	/** Mô hình tốt, cách làm hay. */
	GOOD_MODEL,
	/** Câu chuyện sản phẩm. */
	PRODUCT_STORY
}
