package vn.ocop.content;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor writes; the body is HTML from the editor, sanitised on save.
 */
public record ArticleDraft(@NotNull ArticleKind kind, @NotBlank @Size(max = 300) String title,
		@Nullable @Size(max = 1000) String summary, @NotBlank @Size(max = 150000) String body,
		@Nullable @Size(max = 300) String coverImage, @Nullable UUID productId) {
}
