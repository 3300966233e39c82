package vn.ocop.content;

/**
 * Where an article stands: an editor writes a {@link #DRAFT} and sends it {@link #IN_REVIEW}; the provincial office
 * approves it ({@link #PUBLISHED}, visible from its publication time) or returns it to draft with a note.
 */
public enum ArticleStatus {
	DRAFT, IN_REVIEW, PUBLISHED
}
