package vn.ocop.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.CatalogueItem;
import vn.ocop.portal.DistrictCentroids;
import vn.ocop.portal.PortalHighlights;
import vn.ocop.portal.PortalSettings;

/**
 * The map of certified products by district (markers at approximate centroids) and commune, with sales points
 * when the programme module contributes them. The page is a list first; Leaflet draws the map over it when the
 * script and the tiles ({@code ocop.portal.map.tile-url}) load.
 */
@Controller
class MapController {

	private final Catalogue catalogue;
	private final DistrictCentroids centroids;
	private final ObjectProvider<PortalHighlights> highlights;
	private final SiteAddress site;
	private final String tileUrl;
	private final String attribution;

	MapController(Catalogue catalogue, DistrictCentroids centroids, ObjectProvider<PortalHighlights> highlights,
			SiteAddress site, PortalSettings settings) {
		this.catalogue = catalogue;
		this.centroids = centroids;
		this.highlights = highlights;
		this.site = site;
		this.tileUrl = settings.map().tileUrl();
		this.attribution = settings.map().attribution();
	}

	/** Products of one area on the map. */
	record Area(String code, String name, @Nullable Double latitude, @Nullable Double longitude, int count,
			List<Place> communes) {
	}

	record Place(String code, String name, List<Product> products) {
	}

	record Product(String name, int stars, String url) {
	}

	@GetMapping("/map")
	String map(Model model, HttpServletResponse response) {
		model.addAttribute("areas", areas());
		model.addAttribute("salesPoints", salesPoints());
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("attribution", attribution);
		model.addAttribute("canonical", site.of("/map"));
		model.addAttribute("pageHead", "portal/map");
		PortalPages.page(response);
		return "portal/map";
	}

	@GetMapping("/map.json")
	ResponseEntity<Map<String, Object>> data() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("tileUrl", tileUrl);
		body.put("attribution", attribution);
		body.put("areas", areas());
		body.put("salesPoints", salesPoints());
		return ResponseEntity.ok().cacheControl(PortalPages.DATA).body(body);
	}

	private List<PortalHighlights.SalesPoint> salesPoints() {
		PortalHighlights contributed = highlights.getIfAvailable();
		return contributed == null ? List.of() : contributed.salesPoints();
	}

	List<Area> areas() {
		Map<String, List<CatalogueItem>> byArea = catalogue.all().stream().collect(Collectors.groupingBy(
				i -> i.districtCode() == null ? i.communeCode() : i.districtCode(), LinkedHashMap::new, Collectors.toList()));
		List<Area> areas = new ArrayList<>();
		byArea.forEach((code, items) -> {
			CatalogueItem first = items.get(0);
			String name = first.districtName() == null ? first.communeName() : first.districtName();
			var point = centroids.of(code);
			List<Place> communes = items.stream()
					.collect(Collectors.groupingBy(CatalogueItem::communeCode, LinkedHashMap::new, Collectors.toList()))
					.values().stream()
					.map(list -> new Place(list.get(0).communeCode(), list.get(0).communeName(), list.stream()
							.map(i -> new Product(i.name(), i.stars(), i.path())).toList()))
					.sorted(Comparator.comparing(Place::name)).toList();
			areas.add(new Area(code, name, point.map(p -> p.latitude()).orElse(null),
					point.map(p -> p.longitude()).orElse(null), items.size(), communes));
		});
		areas.sort(Comparator.comparing(Area::name));
		return areas;
	}
}
