package vn.ocop.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Files on the local filesystem under {@code ocop.storage.root} (default {@code ./data/files}), in one folder per
 * area and month. Keys never contain user input, so they cannot escape the root. The default
 * ({@code ocop.storage.type=local}); several nodes share {@link DatabaseFileStorage} instead.
 */
@Component
@ConditionalOnProperty(name = "ocop.storage.type", havingValue = "local", matchIfMissing = true)
class LocalFileStorage implements FileStorage {

	private final Path root;

	LocalFileStorage(StorageSettings settings) {
		this.root = settings.root().toAbsolutePath().normalize();
	}

	@Override
	public String store(String area, byte[] content) throws IOException {
		if (!area.matches("[a-z0-9-]+")) {
			throw new IllegalArgumentException("Bad storage area: " + area);
		}
		var month = LocalDate.now().toString().substring(0, 7);
		String key = area + "/" + month + "/" + UUID.randomUUID();
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".upload", ".tmp");
		Files.write(temporary, content, StandardOpenOption.TRUNCATE_EXISTING);
		Files.move(temporary, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Bad storage key: " + key);
		}
		return path;
	}
}
