package vn.ocop.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import vn.ocop.portal.ItemTexts;
import vn.ocop.portal.ItemTexts.Text;
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
		var json = new ByteArrayOutputStream(64 + 400 * result.items().size());
		json(result, json);
		response.setHeader("Cache-Control", PortalPages.DATA.getHeaderValue());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(json.size());
		json.writeTo(response.getOutputStream());
	}

	/**
	 * A page as the application's JSON mapper would write it ({@link Page}; {@code PublicProductApiJsonTests}
	 * compares the two), through its generator without data binding, the items' texts copied out as the catalogue
	 * keeps them, in UTF-8 ({@link CatalogueResult#texts}): the mapper's bean serializer, its generator's reading of
	 * Vietnamese texts character by character (a call per character under C1), and decoding the items into
	 * strings only to encode them again were about a fifth of the CPU of an API search (issue 19).
	 */
	void json(CatalogueResult result, OutputStream to) {
		var texts = new ItemTexts();
		byte[] url = site.of("/products/").getBytes(StandardCharsets.UTF_8);
		int path = url.length;
		try (JsonGenerator out = json.createGenerator(to)) {
			out.writeStartObject();
			out.writeName(TOTAL);
			out.writeNumber(result.total());
			out.writeName(ITEMS);
			out.writeStartArray();
			for (int i = 0; i < result.items().size(); i++) {
				result.texts(i, texts);
				out.writeStartObject();
				out.writeName(ID);
				byte[] id = texts.productId().toString().getBytes(StandardCharsets.ISO_8859_1);
				out.writeUTF8String(id, 0, id.length);
				text(out, SLUG, texts, Text.SLUG);
				text(out, NAME, texts, Text.NAME);
				out.writeName(STARS);
				out.writeNumber(texts.stars());
				text(out, PRODUCT_SET_CODE, texts, Text.PRODUCT_SET_CODE);
				text(out, PRODUCER_NAME, texts, Text.PRODUCER_NAME);
				text(out, COMMUNE_NAME, texts, Text.COMMUNE_NAME);
				text(out, CERTIFICATE_CODE, texts, Text.CERTIFICATE_CODE);
				// the page's address: the site's, then the slug (as CatalogueItem.path() makes it)
				byte[] slug = texts.bytes(Text.SLUG);
				int slugLength = slug == null ? 4 : texts.length(Text.SLUG);
				if (url.length < path + slugLength) {
					url = Arrays.copyOf(url, 2 * (path + slugLength));
				}
				System.arraycopy(slug == null ? NULL : slug, slug == null ? 0 : texts.offset(Text.SLUG), url, path,
						slugLength);
				out.writeName(URL);
				out.writeUTF8String(url, 0, path + slugLength);
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeEndObject();
		}
	}

	private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

	private static void text(JsonGenerator out, SerializableString name, ItemTexts texts, Text text) {
		out.writeName(name);
		byte[] utf8 = texts.bytes(text);
		if (utf8 == null) {
			out.writeNull();
			return;
		}
		out.writeUTF8String(utf8, texts.offset(text), texts.length(text));
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

	/** The item as {@link Page} documents it: what {@link #json} writes of it. */
	Item item(CatalogueItem i) {
		return new Item(i.productId(), i.slug(), i.name(), i.stars(), i.productSetCode(), i.producerName(),
				i.communeName(), i.certificateCode(), site.of(i.path()));
	}

}
