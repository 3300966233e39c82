package vn.ocop.shared.storage;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where uploaded files are kept ({@code ocop.storage.*}).
 *
 * @param type {@code local} (the default: a folder) or {@code database} (shared by several nodes)
 * @param root the folder of {@code local} storage ({@code ./data/files} by default)
 */
@ConfigurationProperties("ocop.storage")
record StorageSettings(String type, Path root) {

	StorageSettings(@Nullable String type, @Nullable Path root) {
		this.type = type == null || type.isBlank() ? "local" : type.strip();
		this.root = root == null ? Path.of("./data/files") : root;
	}
}
