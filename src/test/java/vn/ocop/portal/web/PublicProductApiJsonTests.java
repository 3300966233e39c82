package vn.ocop.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.CatalogueResult;

/**
 * The public API writes a page of results through the JSON generator itself: byte for byte what the application's
 * mapper writes for the same page, whatever the texts hold (diacritics, quotes, backslashes, control characters,
 * characters outside the basic plane, nothing).
 */
class PublicProductApiJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final PublicProductApiController controller = new PublicProductApiController(null,
			new SiteAddress("https://ocop.hatinh.gov.vn"), json);

	private static CatalogueItem item(String slug, String name, int stars, String productSet, String producer,
			String commune, String certificate) {
		return new CatalogueItem(UUID.randomUUID(), slug, name, null, null, null, null, null, null, UUID.randomUUID(),
				"p", producer, "COOPERATIVE", productSet, "Set", "G", "Group", "1", commune, null, null, certificate,
				"VALID", stars, LocalDate.of(2026, 5, 22), LocalDate.of(2029, 5, 21), false, Instant.EPOCH);
	}

	@Test
	void writesWhatTheMapperWrites() {
		var items = List.of(
				item("nuoc-mam-vu-quang", "Nước mắm Vũ Quang \"đặc biệt\"", 5, "1.1.1", "HTX Thủy sản Lộc Hà\\Thạch Kim",
						"Xã Kỳ Tân\n\t\u0001", "HT-2026-0001"),
				item("keo-cu-do", "Kẹo cu đơ 🍬 ‘gia truyền’", 3, null, null, null, null),
				item(null, "", 1, "", "", "", ""));
		for (var result : List.of(new CatalogueResult(3, items, 1, 24, List.of()),
				new CatalogueResult(0, List.of(), 1, 24, List.of()))) {
			var page = new PublicProductApiController.Page(result.total(),
					result.items().stream().map(controller::item).toList());
			byte[] expected = json.writerFor(PublicProductApiController.Page.class).writeValueAsBytes(page);
			var written = new ByteArrayOutputStream();
			controller.json(result, written);
			assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
			assertThat(written.toByteArray()).isEqualTo(expected);
		}
	}
}
