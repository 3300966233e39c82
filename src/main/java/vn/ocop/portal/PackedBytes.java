package vn.ocop.portal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Records packed into bytes, for what the catalogue keeps in memory by the hundred thousand ({@link CompactItems},
 * {@link ProductPageTexts}): numbers in 7-bit groups (signed ones zig-zag encoded), texts as UTF-8 after their
 * length + 1 (0: none).
 */
final class PackedBytes {

	private PackedBytes() {
	}

	/** A record being written. */
	static final class Output {

		private byte[] buffer;
		private int length;

		Output(int capacity) {
			this.buffer = new byte[capacity];
		}

		void number(long value) {
			ensure(10);
			while ((value & ~0x7FL) != 0) {
				buffer[length++] = (byte) ((value & 0x7F) | 0x80);
				value >>>= 7;
			}
			buffer[length++] = (byte) value;
		}

		void signed(long value) {
			number((value << 1) ^ (value >> 63));
		}

		void text(@Nullable String text) {
			if (text == null) {
				number(0);
				return;
			}
			byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
			number(utf8.length + 1L);
			ensure(utf8.length);
			System.arraycopy(utf8, 0, buffer, length, utf8.length);
			length += utf8.length;
		}

		/** Empties it for the next record (its buffer is kept). */
		void clear() {
			length = 0;
		}

		/** The buffer, of which the first {@link #length()} bytes are the record (valid until the next write). */
		byte[] buffer() {
			return buffer;
		}

		int length() {
			return length;
		}

		/** A copy of the record's bytes. */
		byte[] bytes() {
			return Arrays.copyOf(buffer, length);
		}

		private void ensure(int more) {
			if (length + more > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
			}
		}
	}

	/** A record being read, as {@link Output} wrote it. */
	static final class Input {

		private final byte[] bytes;
		private int position;

		Input(byte[] bytes, int position) {
			this.bytes = bytes;
			this.position = position;
		}

		long number() {
			long value = 0;
			int shift = 0;
			byte b;
			do {
				b = bytes[position++];
				value |= (long) (b & 0x7F) << shift;
				shift += 7;
			}
			while (b < 0);
			return value;
		}

		long signed() {
			long value = number();
			return (value >>> 1) ^ -(value & 1);
		}

		/** Where the next text is: its length in UTF-8 (-1: none), its bytes from {@link #position()} on. */
		int textLength() {
			return (int) number() - 1;
		}

		int position() {
			return position;
		}

		void skip(int bytes) {
			position += bytes;
		}

		/** The bytes read from. */
		byte[] bytes() {
			return bytes;
		}

		@Nullable String text() {
			int utf8 = (int) number() - 1;
			if (utf8 < 0) {
				return null;
			}
			String text = new String(bytes, position, utf8, StandardCharsets.UTF_8);
			position += utf8;
			return text;
		}
	}
}
