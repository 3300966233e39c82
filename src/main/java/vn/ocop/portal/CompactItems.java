package vn.ocop.portal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A catalogue item as a few hundred bytes (a list's item: no description, story, ingredients or packaging) and
 * back: the same item as objects weighs about ten times as much, which matters when a node keeps the whole
 * catalogue's items ({@link CatalogueCache}).
 */
final class CompactItems {

	private CompactItems() {
	}

	static byte[] write(CatalogueItem item) {
		var bytes = new ByteArrayOutputStream(320);
		try (var out = new DataOutputStream(bytes)) {
			uuid(out, item.productId());
			text(out, item.slug());
			text(out, item.name());
			text(out, item.unit());
			out.writeLong(item.priceVnd() == null ? Long.MIN_VALUE : item.priceVnd());
			uuid(out, item.producerId());
			text(out, item.producerSlug());
			text(out, item.producerName());
			text(out, item.legalForm());
			text(out, item.productSetCode());
			text(out, item.productSetName());
			text(out, item.groupCode());
			text(out, item.groupName());
			text(out, item.communeCode());
			text(out, item.communeName());
			text(out, item.districtCode());
			text(out, item.districtName());
			text(out, item.certificateCode());
			text(out, item.certificateStatus());
			out.writeByte(item.stars());
			day(out, item.certifiedOn());
			day(out, item.validUntil());
			out.writeBoolean(item.hasPhoto());
			out.writeLong(item.refreshedAt().getEpochSecond());
			out.writeInt(item.refreshedAt().getNano());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static CatalogueItem read(byte[] bytes) {
		try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			UUID productId = new UUID(in.readLong(), in.readLong());
			String slug = text(in);
			String name = text(in);
			String unit = text(in);
			long price = in.readLong();
			UUID producerId = new UUID(in.readLong(), in.readLong());
			return new CatalogueItem(productId, slug, name, null, null, null, null, unit,
					price == Long.MIN_VALUE ? null : price, producerId, text(in), text(in), text(in),
					text(in), text(in), text(in), text(in), text(in), text(in), text(in),
					text(in), text(in), text(in), in.readByte(), day(in), day(in), in.readBoolean(),
					Instant.ofEpochSecond(in.readLong(), in.readInt()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void day(DataOutputStream out, @Nullable LocalDate day) throws IOException {
		out.writeLong(day == null ? Long.MIN_VALUE : day.toEpochDay());
	}

	private static @Nullable LocalDate day(DataInputStream in) throws IOException {
		long day = in.readLong();
		return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
	}

	private static void uuid(DataOutputStream out, UUID id) throws IOException {
		out.writeLong(id.getMostSignificantBits());
		out.writeLong(id.getLeastSignificantBits());
	}

	private static void text(DataOutputStream out, @Nullable String text) throws IOException {
		out.writeBoolean(text != null);
		if (text != null) {
			out.writeUTF(text);
		}
	}

	private static @Nullable String text(DataInputStream in) throws IOException {
		return in.readBoolean() ? in.readUTF() : null;
	}
}
