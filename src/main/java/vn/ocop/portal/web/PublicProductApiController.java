package vn.ocop.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.CatalogueQuery;
import vn.ocop.portal.CatalogueResult;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.Stars;

/**
 * The read-only public catalogue API, no sign-in: the same search as the catalogue page.
 */
@RestController
@Tag(name = "Public catalogue", description = "Certified OCOP products of Hà Tĩnh (certificate in force), no sign-in")
class PublicProductApiController {

	private final Catalogue catalogue;
	private final SiteAddress site;
	/** The application's JSON settings, for a page of results ({@link #products}). */
	private final JsonMapper json;

	PublicProductApiController(Catalogue catalogue, SiteAddress site, JsonMapper json) {
		this.catalogue = catalogue;
		this.site = site;
		this.json = json;
	}

	record Item(UUID id, String slug, String name, int stars, String productSetCode, String producerName,
			String communeName, String certificateCode, String url) {
	}

	record Page(long total, List<Item> items) {
	}

	/**
	 * A page of results, written as JSON to the response as it is (with its length): the type is always the same,
	 * so no message converter is chosen and no content is negotiated on a request that every visitor of a
	 * catalogue's search makes (issue 19: about 4 % of the request's CPU, measured both ways at once).
	 */
	@GetMapping(path = "/api/v1/public/products", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Search the certified products",
			description = "Words are matched without regard to diacritics and with small typos forgiven; ranked by "
					+ "relevance (with words) or by stars. Only products whose certificate is in force.")
	@ApiResponse(responseCode = "200", description = "a page of matches",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Page.class)))
	@ApiResponse(responseCode = "304", description = "not modified since the catalogue's version in If-None-Match")
	void products(@ParameterObject PublicProductSearch search, WebRequest request, HttpServletResponse response)
			throws IOException {
		int page = search.page();
		int size = search.size();
		Integer stars = search.stars();
		if (page < 1) {
			throw BusinessRuleException.unprocessable("portal.api.page", page);
		}
		if (size < 1 || size > CatalogueQuery.MAX_SIZE) {
			throw BusinessRuleException.unprocessable("portal.api.size", size, CatalogueQuery.MAX_SIZE);
		}
		if (stars != null && !Stars.isValid(stars)) {
			throw BusinessRuleException.unprocessable("portal.api.stars", stars);
		}
		// the answer depends on the URL and the catalogue's version alone: a repeat is answered 304 without a search
		if (request.checkNotModified(PortalPages.etag(catalogue.versionTag()))) {
			return;
		}
		CatalogueResult result = catalogue.find(new CatalogueQuery(search.q(), stars, search.group(), search.unit(), null,
				null, page, size));
		byte[] json = json(new Page(result.total(), result.items().stream().map(this::item).toList()));
		response.setHeader("Cache-Control", PortalPages.DATA.getHeaderValue());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	/**
	 * A page as the application's JSON mapper would write it ({@code PublicProductApiJsonTests} compares the
	 * two), through its generator without data binding, texts given as UTF-8: the mapper's bean serializer and its
	 * generator's reading of Vietnamese texts character by character (a call per character under C1) were about a
	 * tenth of the CPU of an API search (issue 19).
	 */
	byte[] json(Page page) {
		var bytes = new ByteArrayOutputStream(64 + 512 * page.items().size());
		try (JsonGenerator out = json.createGenerator(bytes)) {
			out.writeStartObject();
			out.writeName(TOTAL);
			out.writeNumber(page.total());
			out.writeName(ITEMS);
			out.writeStartArray();
			for (Item item : page.items()) {
				out.writeStartObject();
				text(out, ID, item.id().toString());
				text(out, SLUG, item.slug());
				text(out, NAME, item.name());
				out.writeName(STARS);
				out.writeNumber(item.stars());
				text(out, PRODUCT_SET_CODE, item.productSetCode());
				text(out, PRODUCER_NAME, item.producerName());
				text(out, COMMUNE_NAME, item.communeName());
				text(out, CERTIFICATE_CODE, item.certificateCode());
				text(out, URL, item.url());
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeEndObject();
		}
		return bytes.toByteArray();
	}

	private static void text(JsonGenerator out, SerializableString name, @Nullable String value) {
		out.writeName(name);
		if (value == null) {
			out.writeNull();
			return;
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeUTF8String(utf8, 0, utf8.length);
	}

	private static final SerializableString TOTAL = new SerializedString("total");
	private static final SerializableString ITEMS = new SerializedString("items");
	private static final SerializableString ID = new SerializedString("id");
	private static final SerializableString SLUG = new SerializedString("slug");
	private static final SerializableString NAME = new SerializedString("name");
	private static final SerializableString STARS = new SerializedString("stars");
	private static final SerializableString PRODUCT_SET_CODE = new SerializedString("productSetCode");
	private static final SerializableString PRODUCER_NAME = new SerializedString("producerName");
	private static final SerializableString COMMUNE_NAME = new SerializedString("communeName");
	private static final SerializableString CERTIFICATE_CODE = new SerializedString("certificateCode");
	private static final SerializableString URL = new SerializedString("url");

	private Item item(CatalogueItem i) {
		return new Item(i.productId(), i.slug(), i.name(), i.stars(), i.productSetCode(), i.producerName(),
				i.communeName(), i.certificateCode(), site.of(i.path()));
	}

}
