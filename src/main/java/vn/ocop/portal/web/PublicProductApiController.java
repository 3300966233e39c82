package vn.ocop.portal.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectWriter;
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
	private final ObjectWriter pages;

	PublicProductApiController(Catalogue catalogue, SiteAddress site, JsonMapper json) {
		this.catalogue = catalogue;
		this.site = site;
		this.pages = json.writerFor(Page.class);
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
	void products(
			@Parameter(description = "words of the name, producer, place or story") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "stars (3, 4 or 5)") @RequestParam(required = false) @Nullable Integer stars,
			@Parameter(description = "product group code") @RequestParam(required = false) @Nullable String group,
			@Parameter(description = "district or commune code (GSO)") @RequestParam(required = false) @Nullable String unit,
			@Parameter(description = "page, from 1") @RequestParam(defaultValue = "1") int page,
			@Parameter(description = "items per page, 1-100") @RequestParam(defaultValue = "24") int size,
			WebRequest request, HttpServletResponse response) throws IOException {
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
		CatalogueResult result = catalogue.find(new CatalogueQuery(q, stars, group, unit, null, null, page, size));
		byte[] json = pages.writeValueAsBytes(new Page(result.total(), result.items().stream().map(this::item).toList()));
		response.setHeader("Cache-Control", PortalPages.DATA.getHeaderValue());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	private Item item(CatalogueItem i) {
		return new Item(i.productId(), i.slug(), i.name(), i.stars(), i.productSetCode(), i.producerName(),
				i.communeName(), i.certificateCode(), site.of(i.path()));
	}

}
