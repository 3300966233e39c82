package vn.ocop.registry.web;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.ocop.registry.ProductStatus;

/**
 * What every registry page needs: the badge colour of each product status and the programme's time zone.
 */
@ControllerAdvice(assignableTypes = { ProductWebController.class, ProductPageController.class, ProducerWebController.class,
		SelectionWebController.class, CycleWebController.class, CertifiedChangeWebController.class })
class RegistryWebAdvice {

	/** Bootstrap colour classes of the status badges (read only). */
	static final Map<ProductStatus, String> BADGES = badges();

	private final RegistryWebSupport support;

	RegistryWebAdvice(RegistryWebSupport support) {
		this.support = support;
	}

	@ModelAttribute("statusBadges")
	Map<ProductStatus, String> statusBadges() {
		return BADGES;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return support.zone();
	}

	private static Map<ProductStatus, String> badges() {
		var badges = new EnumMap<ProductStatus, String>(ProductStatus.class);
		badges.put(ProductStatus.IDEA_REGISTERED, "text-bg-info");
		badges.put(ProductStatus.SELECTED, "text-bg-primary");
		badges.put(ProductStatus.NOT_SELECTED, "text-bg-secondary");
		badges.put(ProductStatus.SUBMITTED, "text-bg-warning");
		badges.put(ProductStatus.RETURNED, "text-bg-danger");
		badges.put(ProductStatus.UNDER_EVALUATION, "text-bg-warning");
		badges.put(ProductStatus.RATED, "text-bg-success");
		badges.put(ProductStatus.NOT_RATED, "text-bg-danger");
		badges.put(ProductStatus.CERTIFIED, "text-bg-success");
		badges.put(ProductStatus.EXPIRED, "text-bg-dark");
		badges.put(ProductStatus.REVOKED, "text-bg-danger");
		badges.put(ProductStatus.WITHDRAWN, "text-bg-light border");
		return badges;
	}
}
