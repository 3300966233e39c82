package vn.ocop.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import javax.imageio.ImageIO;

import vn.ocop.registry.RegistryManagement;

/**
 * Product photos for the demo, drawn at start (no image files in the repository): a still life in the product's
 * colours — a basket, the product on it and the light of a window — so that catalogue cards, product pages,
 * certificates and the shop show a picture rather than a placeholder.
 */
final class DemoPhotos {

	/** The colours of a product: background, product, accent. */
	record Palette(int background, int product, int accent) {
	}

	static final Palette ORANGE = new Palette(0xF6E7C8, 0xF08A1C, 0x2F7D32);
	static final Palette POMELO = new Palette(0xEEF3D9, 0xB5C934, 0x3B6E22);
	static final Palette HONEY = new Palette(0xFFF4D6, 0xD99A0B, 0x7A4B0A);
	static final Palette TEA = new Palette(0xE3F0DC, 0x4C8C3A, 0x1F4D1A);
	static final Palette DEER = new Palette(0xF1E4DA, 0x9C5B3B, 0x5B2E1A);
	static final Palette SEA = new Palette(0xDDEBF3, 0xC9A27A, 0x1F5C85);
	static final Palette CANDY = new Palette(0xF7EBDD, 0xB8834F, 0x6B3F1D);

	private DemoPhotos() {
	}

	/** A 960×720 PNG in the palette's colours. */
	static byte[] photo(Palette palette) {
		var image = new BufferedImage(960, 720, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Color background = new Color(palette.background());
		g.setPaint(new GradientPaint(0, 0, background.brighter(), 0, 720, background.darker()));
		g.fillRect(0, 0, 960, 720);
		// the table and the basket
		g.setColor(new Color(0x8D6E4F));
		g.fillRect(0, 540, 960, 180);
		g.setColor(new Color(palette.accent()));
		g.fillRoundRect(210, 430, 540, 150, 60, 60);
		// the product: three rounded shapes with a highlight each
		Color product = new Color(palette.product());
		int[][] items = { { 260, 300, 200 }, { 500, 290, 210 }, { 380, 220, 190 } };
		for (int[] item : items) {
			g.setColor(product.darker());
			g.fillOval(item[0] + 8, item[1] + 8, item[2], item[2]);
			g.setColor(product);
			g.fillOval(item[0], item[1], item[2], item[2]);
			g.setColor(new Color(255, 255, 255, 90));
			g.fillOval(item[0] + item[2] / 5, item[1] + item[2] / 6, item[2] / 4, item[2] / 5);
		}
		// a leaf
		g.setColor(new Color(palette.accent()).brighter());
		g.fillOval(560, 200, 130, 60);
		g.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** Adds the photo to the product's dossier as its {@code PRODUCT_PHOTO}. */
	static void upload(RegistryManagement registry, UUID productId, Palette palette) {
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> {
			try {
				return registry.upload(productId, "PRODUCT_PHOTO", "anh-san-pham.png",
						new ByteArrayInputStream(photo(palette)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
