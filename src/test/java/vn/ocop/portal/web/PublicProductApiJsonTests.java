package vn.ocop.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public API writes a page of results through the JSON generator itself: byte for byte what the application's
 * mapper writes for the same page, whatever the texts hold (diacritics, quotes, backslashes, control characters,
 * characters outside the basic plane, nothing).
 */
class PublicProductApiJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final PublicProductApiController controller = new PublicProductApiController(null, null, json);

	@Test
	void writesWhatTheMapperWrites() {
		var items = List.of(
				new PublicProductApiController.Item(UUID.fromString("0b9f6a52-3a5e-4d55-9a57-1c2f1e0f7a11"),
						"nuoc-mam-vu-quang", "Nước mắm Vũ Quang \"đặc biệt\"", 5, "1.1.1",
						"HTX Thủy sản Lộc Hà\\Thạch Kim", "Xã Kỳ Tân\n\t\u0001", "HT-2026-0001",
						"https://ocop.hatinh.gov.vn/san-pham/nuoc-mam-vu-quang"),
				new PublicProductApiController.Item(UUID.randomUUID(), "keo-cu-do", "Kẹo cu đơ 🍬 ‘gia truyền’", 3, null,
						null, null, null, "https://ocop.hatinh.gov.vn/san-pham/keo-cu-do"));
		for (var page : List.of(new PublicProductApiController.Page(2, items),
				new PublicProductApiController.Page(0, List.of()))) {
			byte[] expected = json.writerFor(PublicProductApiController.Page.class).writeValueAsBytes(page);
			byte[] written = controller.json(page);
			assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
			assertThat(written).isEqualTo(expected);
		}
	}
}
