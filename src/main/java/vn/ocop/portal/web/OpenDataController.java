package vn.ocop.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.CatalogueItem;
import vn.ocop.shared.web.CsvExport;

/**
 * Open data: the certified products as CSV (UTF-8 with BOM, for spreadsheets) and JSON, with the schema and licence
 * documented on {@code /open-data}. The same columns in both, named in {@link #COLUMNS}.
 */
@Controller
class OpenDataController {

	/** The columns of the data set, in order. */
	static final List<String> COLUMNS = List.of("id", "slug", "name", "stars", "certificateStatus", "certificateStatusName", "certificateCode",
			"certifiedOn", "validUntil", "productSetCode", "productSetName", "groupCode", "groupName", "producerName",
			"producerLegalForm", "communeCode", "communeName", "districtCode", "districtName", "url");

	private final Catalogue catalogue;
	private final SiteAddress site;
	private final org.springframework.context.MessageSource messages;

	OpenDataController(Catalogue catalogue, SiteAddress site, org.springframework.context.MessageSource messages) {
		this.catalogue = catalogue;
		this.site = site;
		this.messages = messages;
	}

	/** One record of the data set. */
	record OpenProduct(String id, String slug, String name, int stars, String certificateStatus,
			String certificateStatusName, String certificateCode, String certifiedOn, String validUntil, String productSetCode, String productSetName,
			String groupCode, String groupName, String producerName, String producerLegalForm, String communeCode,
			String communeName, String districtCode, String districtName, String url) {

		List<String> cells() {
			return List.of(id, slug, name, String.valueOf(stars), certificateStatus, certificateStatusName, certificateCode, certifiedOn,
					validUntil, productSetCode, productSetName, groupCode, groupName, producerName, producerLegalForm,
					communeCode, communeName, districtCode, districtName, url);
		}
	}

	record DataSet(String title, String licence, String licenceUrl, String generatedFrom, int count,
			List<OpenProduct> products) {
	}

	@GetMapping("/open-data")
	String page(Model model, HttpServletResponse response) {
		model.addAttribute("columns", COLUMNS);
		model.addAttribute("count", catalogue.figures().products());
		model.addAttribute("canonical", site.of("/open-data"));
		model.addAttribute("pageHead", "portal/open-data");
		model.addAttribute("lightPage", true);
		PortalPages.page(response);
		return "portal/open-data";
	}

	@GetMapping("/open-data/products.json")
	ResponseEntity<DataSet> json() {
		List<OpenProduct> products = products();
		return ResponseEntity.ok().cacheControl(PortalPages.DATA).contentType(MediaType.APPLICATION_JSON)
				.body(new DataSet("OCOP Hà Tĩnh — sản phẩm OCOP còn hiệu lực", "CC BY 4.0",
						"https://creativecommons.org/licenses/by/4.0/", site.of("/open-data"), products.size(), products));
	}

	@GetMapping("/open-data/products.csv")
	ResponseEntity<byte[]> csv() {
		byte[] file = CsvExport.of(COLUMNS, products().stream().map(OpenProduct::cells).toList());
		return ResponseEntity.ok().cacheControl(PortalPages.DATA)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ocop-ha-tinh-products.csv\"")
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(file);
	}

	private List<OpenProduct> products() {
		return catalogue.all().stream().map(this::open).toList();
	}

	private OpenProduct open(CatalogueItem i) {
		// the status as a code for programs and in Vietnamese for people (issue 16)
		String statusName = messages.getMessage("portal.status." + i.certificateStatus(), null, i.certificateStatus(),
				java.util.Locale.forLanguageTag("vi"));
		return new OpenProduct(i.productId().toString(), i.slug(), i.name(), i.stars(), i.certificateStatus(),
				statusName, i.certificateCode(), i.certifiedOn().toString(), i.validUntil().toString(), i.productSetCode(),
				i.productSetName(), i.groupCode(), i.groupName(), i.producerName(), i.legalForm(), i.communeCode(),
				i.communeName(), i.districtCode() == null ? "" : i.districtCode(),
				i.districtName() == null ? "" : i.districtName(), site.of(i.path()));
	}
}
