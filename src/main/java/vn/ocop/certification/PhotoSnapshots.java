package vn.ocop.certification;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ocop.registry.DocumentInfo;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.storage.FileStorage;

/**
 * The product photo shown on the public verification page: at issue, the current {@code PRODUCT_PHOTO} of the
 * dossier is copied, scaled to at most {@value #MAX_SIDE} px, as a JPEG of the certificate's own. The dossier
 * itself stays private; the public sees only this copy, and only of a certified product.
 */
@Component
class PhotoSnapshots {

	static final String DOCUMENT_TYPE = "PRODUCT_PHOTO";
	static final String AREA = "certificate-photo";
	static final int MAX_SIDE = 800;
	private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");
	private static final Logger log = LoggerFactory.getLogger(PhotoSnapshots.class);

	private final RegistryManagement registry;
	private final FileStorage storage;

	PhotoSnapshots(RegistryManagement registry, FileStorage storage) {
		this.registry = registry;
		this.storage = storage;
	}

	/** Copies the product's photo, if it has one; the storage key, or {@code null}. Never fails the issue. */
	@Nullable
	String snapshot(UUID productId) {
		try {
			Optional<DocumentInfo> photo = registry.dossier(productId).current().stream()
					.filter(d -> DOCUMENT_TYPE.equals(d.typeCode()) && IMAGES.contains(d.contentType()))
					.findFirst();
			if (photo.isEmpty()) {
				return null;
			}
			byte[] original;
			try (InputStream in = registry.document(productId, photo.get().id()).content()) {
				original = in.readAllBytes();
			}
			byte[] scaled = scale(original);
			return scaled == null ? null : storage.store(AREA, scaled);
		}
		catch (IOException | RuntimeException e) {
			log.warn("No photo snapshot for product {}: {}", productId, e.toString());
			return null;
		}
	}

	Optional<byte[]> read(@Nullable String key) {
		if (key == null || !storage.exists(key)) {
			return Optional.empty();
		}
		try (InputStream in = storage.open(key)) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException e) {
			log.warn("Cannot read photo {}: {}", key, e.toString());
			return Optional.empty();
		}
	}

	private static byte @Nullable [] scale(byte[] original) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(original));
		if (image == null) {
			return null;
		}
		double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		var out = new ByteArrayOutputStream();
		ImageIO.write(target, "jpg", out);
		return out.toByteArray();
	}
}
