package vn.ocop.outreach.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.geography.GeographyApi;
import vn.ocop.geography.Unit;
import vn.ocop.geography.UnitLevel;
import vn.ocop.outreach.LinkedProduct;
import vn.ocop.registry.ProductFilter;
import vn.ocop.registry.ProductStatus;
import vn.ocop.registry.ProductSummary;
import vn.ocop.registry.RegistryManagement;
import vn.ocop.shared.web.FormFields;

/**
 * What the outreach pages share: the form fields of the programme's bundle, unit names and choices, and the
 * certified products an outlet, a pilot model or an event may carry.
 */
@Component
class OutreachPages extends FormFields {

	private final GeographyApi geography;
	private final RegistryManagement registry;
	private final Clock clock;

	OutreachPages(MessageSource messages, GeographyApi geography, RegistryManagement registry, Clock clock) {
		super(messages, "programme");
		this.geography = geography;
		this.registry = registry;
		this.clock = clock;
	}

	/** The ids of the products an outlet, pilot or event links to, as the product pickers' values. */
	static List<String> linkedIds(List<LinkedProduct> products) {
		return products.stream().map(p -> p.productId().toString()).toList();
	}

	/** The certified products the user can see, to link to outlets, pilots and events. */
	List<ProductSummary> certifiedProducts() {
		return registry.allProducts(new ProductFilter(null, ProductStatus.CERTIFIED, null, null, null, null, null), 500);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The name of a unit (e.g. “Xã Đức Lĩnh, Huyện Vũ Quang”), or the code if unknown. */
	String unitName(@Nullable String code) {
		if (code == null) {
			return "";
		}
		var lineage = geography.lineage(code, today());
		if (lineage.isEmpty()) {
			var versions = geography.versionsOf(code);
			if (versions.isEmpty()) {
				return code;
			}
			var last = versions.get(versions.size() - 1);
			lineage = geography.lineage(code, last.validFrom());
		}
		return String.join(", ", lineage.stream().filter(u -> u.level() != UnitLevel.PROVINCE).map(Unit::name).toList());
	}

	/** The communes and districts of the province in force today, for selects. */
	List<Unit> units() {
		List<Unit> result = new ArrayList<>();
		String province = geography.homeProvince(); // the province whose units the forms offer
		for (Unit district : geography.unitsInForce(today(), UnitLevel.DISTRICT, province)) {
			result.add(district);
			result.addAll(geography.unitsInForce(today(), UnitLevel.COMMUNE, district.code()));
		}
		if (result.isEmpty()) {
			result.addAll(geography.unitsInForce(today(), UnitLevel.COMMUNE, province));
		}
		return result;
	}
}
