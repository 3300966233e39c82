package vn.ocop.certification;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.google.zxing.common.BitMatrix;

import vn.ocop.shared.document.PdfRenderer;
import vn.ocop.shared.document.QrCodes;

/**
 * The print-ready OCOP label for packaging: the OCOP mark with the province, the stars, the QR code of the
 * verification link, the certificate code and its validity. The same layout as SVG (vector; the QR code as
 * {@code <rect>}s, one per run of dark modules) and as PNG (drawn with the embedded DejaVu Sans, 1200 × 1560 px,
 * about 60 × 78 mm at 508 dpi).
 */
@Component
class OcopLabel {

	static final int WIDTH = 600;
	static final int HEIGHT = 780;
	static final int PNG_SCALE = 2;
	static final String RED = "#C8102E";
	static final String GOLD = "#F2B400";
	static final String INK = "#1A1A1A";
	private static final int QR_TOP = 236;
	private static final int QR_SIZE = 360;
	private static final int STAR_Y = 196;
	private static final int STAR_RADIUS = 28;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final QrCodes qr;
	private final MessageSource messages;
	private final String province;
	private final Font regular;
	private final Font bold;

	OcopLabel(QrCodes qr, MessageSource messages, CertificationSettings settings) {
		this.qr = qr;
		this.messages = messages;
		this.province = settings.provinceOrDefault();
		this.regular = awtFont(PdfRenderer.font("fonts/DejaVuSans.ttf"));
		this.bold = awtFont(PdfRenderer.font("fonts/DejaVuSans-Bold.ttf"));
	}

	/** The texts and figures a label shows. */
	record Content(String code, int stars, LocalDate validUntil, String qrContent) {
	}

	String svg(Content content) {
		BitMatrix matrix = qr.matrix(content.qrContent());
		double module = (double) QR_SIZE / matrix.getWidth();
		double qrLeft = (WIDTH - QR_SIZE) / 2.0;
		var svg = new StringBuilder(16 * 1024);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"60mm\" height=\"78mm\" viewBox=\"0 0 ")
				.append(WIDTH).append(' ').append(HEIGHT).append("\">\n")
				.append("<title>").append(xml("OCOP " + content.stars() + "★ " + content.code())).append("</title>\n")
				.append("<rect x=\"6\" y=\"6\" width=\"588\" height=\"768\" rx=\"36\" fill=\"#FFFFFF\" stroke=\"").append(RED)
				.append("\" stroke-width=\"8\"/>\n")
				.append("<path d=\"M10 150 V42 A32 32 0 0 1 42 10 H558 A32 32 0 0 1 590 42 V150 Z\" fill=\"").append(RED).append("\"/>\n")
				.append(text(WIDTH / 2.0, 100, 76, true, "#FFFFFF", "OCOP"))
				.append(text(WIDTH / 2.0, 136, 24, true, "#FFFFFF", upper(province)));
		for (int i = 0; i < content.stars(); i++) {
			svg.append("<path d=\"").append(starPath(starX(i, content.stars()), STAR_Y)).append("\" fill=\"").append(GOLD)
					.append("\" stroke=\"#B07F00\" stroke-width=\"2\"/>\n");
		}
		svg.append("<g fill=\"#000000\" shape-rendering=\"crispEdges\" transform=\"translate(").append(fmt(qrLeft)).append(' ')
				.append(QR_TOP).append(") scale(").append(fmt(module)).append(")\">\n");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(matrix.getWidth()).append("\" height=\"").append(matrix.getHeight())
				.append("\" fill=\"#FFFFFF\"/>\n");
		for (int y = 0; y < matrix.getHeight(); y++) {
			int x = 0;
			while (x < matrix.getWidth()) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < matrix.getWidth() && matrix.get(x, y)) {
					x++;
				}
				svg.append("<rect x=\"").append(start).append("\" y=\"").append(y).append("\" width=\"").append(x - start)
						.append("\" height=\"1\"/>");
			}
		}
		svg.append("\n</g>\n")
				.append(text(WIDTH / 2.0, 648, 34, true, INK, content.code()))
				.append(text(WIDTH / 2.0, 692, 22, false, INK, message("certification.label.scan")))
				.append(text(WIDTH / 2.0, 730, 22, false, INK,
						message("certification.label.validUntil", DAY.format(content.validUntil()))))
				.append("</svg>\n");
		return svg.toString();
	}

	byte[] png(Content content) {
		int scale = PNG_SCALE;
		var image = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.scale(scale, scale);
			Color red = Color.decode(RED);
			var band = new Path2D.Double();
			band.moveTo(10, 150);
			band.lineTo(10, 42);
			band.quadTo(10, 10, 42, 10);
			band.lineTo(558, 10);
			band.quadTo(590, 10, 590, 42);
			band.lineTo(590, 150);
			band.closePath();
			g.setColor(red);
			g.fill(band);
			g.setStroke(new BasicStroke(8));
			g.draw(new RoundRectangle2D.Double(6, 6, 588, 768, 72, 72));
			g.setColor(Color.WHITE);
			centered(g, bold.deriveFont(76f), "OCOP", 100);
			centered(g, bold.deriveFont(24f), upper(province), 136);
			for (int i = 0; i < content.stars(); i++) {
				Path2D star = star(starX(i, content.stars()), STAR_Y);
				g.setColor(Color.decode(GOLD));
				g.fill(star);
				g.setColor(Color.decode("#B07F00"));
				g.setStroke(new BasicStroke(2));
				g.draw(star);
			}
			g.setColor(Color.decode(INK));
			centered(g, bold.deriveFont(34f), content.code(), 648);
			centered(g, regular.deriveFont(22f), message("certification.label.scan"), 692);
			centered(g, regular.deriveFont(22f), message("certification.label.validUntil", DAY.format(content.validUntil())), 730);
		}
		finally {
			g.dispose();
		}
		drawQr(image, qr.matrix(content.qrContent()), scale);
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The QR code in whole pixels per module (crisp for scanners), centred in its square. */
	private static void drawQr(BufferedImage image, BitMatrix matrix, int scale) {
		int box = QR_SIZE * scale;
		int module = box / matrix.getWidth();
		int size = module * matrix.getWidth();
		int left = (WIDTH * scale - size) / 2;
		int top = QR_TOP * scale + (box - size) / 2;
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect((WIDTH * scale - box) / 2, QR_TOP * scale, box, box);
			g.setColor(Color.BLACK);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						g.fillRect(left + x * module, top + y * module, module, module);
					}
				}
			}
		}
		finally {
			g.dispose();
		}
	}

	private static double starX(int index, int count) {
		double spacing = 64;
		return WIDTH / 2.0 - spacing * (count - 1) / 2.0 + index * spacing;
	}

	private static Path2D star(double cx, double cy) {
		var path = new Path2D.Double();
		double[][] points = starPoints(cx, cy);
		path.moveTo(points[0][0], points[0][1]);
		for (int i = 1; i < points.length; i++) {
			path.lineTo(points[i][0], points[i][1]);
		}
		path.closePath();
		return path;
	}

	private static String starPath(double cx, double cy) {
		double[][] points = starPoints(cx, cy);
		var d = new StringBuilder("M");
		for (int i = 0; i < points.length; i++) {
			d.append(i == 0 ? "" : " L").append(fmt(points[i][0])).append(' ').append(fmt(points[i][1]));
		}
		return d.append(" Z").toString();
	}

	private static double[][] starPoints(double cx, double cy) {
		double[][] points = new double[10][2];
		for (int i = 0; i < 10; i++) {
			double radius = i % 2 == 0 ? STAR_RADIUS : STAR_RADIUS * 0.4;
			double angle = -Math.PI / 2 + i * Math.PI / 5;
			points[i][0] = cx + radius * Math.cos(angle);
			points[i][1] = cy + radius * Math.sin(angle);
		}
		return points;
	}

	private static void centered(Graphics2D g, Font font, String text, double baseline) {
		g.setFont(font);
		float width = (float) font.getStringBounds(text, g.getFontRenderContext()).getWidth();
		g.drawString(text, (float) (WIDTH / 2.0 - width / 2), (float) baseline);
	}

	private static String text(double x, double y, int size, boolean bold, String fill, String text) {
		return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\""
				+ size + "\"" + (bold ? " font-weight=\"bold\"" : "") + " fill=\"" + fill + "\">" + xml(text) + "</text>\n";
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, code, VIETNAMESE);
	}

	private static String upper(String text) {
		return text.toUpperCase(VIETNAMESE);
	}

	private static String fmt(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.3f", value);
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static Font awtFont(byte[] bytes) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		}
		catch (FontFormatException | IOException e) {
			throw new IllegalStateException("Cannot load the label font", e);
		}
	}
}
