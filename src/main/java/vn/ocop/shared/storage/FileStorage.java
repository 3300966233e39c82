package vn.ocop.shared.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded and generated files live. The default keeps them on the local filesystem; S3-compatible object
 * storage is the scale-out path (another implementation of this interface).
 */
public interface FileStorage {

	/**
	 * Stores the bytes under a new key in the given area (e.g. {@code dossier}) and returns the key.
	 */
	String store(String area, byte[] content) throws IOException;

	/** Opens a stored file; fails if the key is unknown. */
	InputStream open(String key) throws IOException;

	boolean exists(String key);
}
