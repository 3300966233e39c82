package vn.ocop.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * The registry of OCOP showcase and sales centres and points (Activity 8): officers record them inside their area,
 * open and close them; everyone sees the open ones on the portal map.
 */
@Service
@Transactional
public class OutletManagement {

	private final Outlets outlets;
	private final OutreachAccess access;
	private final ProductLinks links;
	private final Clock clock;

	OutletManagement(Outlets outlets, OutreachAccess access, ProductLinks links, Clock clock) {
		this.outlets = outlets;
		this.access = access;
		this.links = links;
		this.clock = clock;
	}

	/** Every outlet, whatever its status (officers). */
	@Transactional(readOnly = true)
	public List<OutletView> outlets() {
		access.requireOfficer();
		return outlets.findAllByOrderByNameAsc().stream().map(Outlet::toView).toList();
	}

	/** One outlet: open ones for everyone, others for officers. */
	@Transactional(readOnly = true)
	public OutletView outlet(UUID id) {
		var outlet = load(id).toView();
		if (outlet.status() != OutletStatus.OPEN) {
			access.requireOfficer();
		}
		return outlet;
	}

	public OutletView create(OutletDetails details) {
		validate(details);
		var user = access.requireArea(details.communeCode(), today());
		return outlets.save(new Outlet(details, links.of(details.productIds()), clock.instant(), user.username())).toView();
	}

	public OutletView update(UUID id, OutletDetails details) {
		validate(details);
		var outlet = changeable(id);
		access.requireArea(details.communeCode(), today());
		outlet.describe(details, links.of(details.productIds()));
		return outlet.toView();
	}

	public OutletView open(UUID id, LocalDate on) {
		var outlet = changeable(id);
		outlet.open(on);
		return outlet.toView();
	}

	public OutletView close(UUID id, LocalDate on) {
		var outlet = changeable(id);
		outlet.close(on);
		return outlet.toView();
	}

	public boolean mayChange(OutletView outlet) {
		return access.mayChangeArea(outlet.communeCode(), today());
	}

	private Outlet changeable(UUID id) {
		var outlet = load(id);
		access.requireArea(outlet.getCommuneCode(), today());
		return outlet;
	}

	private Outlet load(UUID id) {
		return outlets.findById(id).orElseThrow(() -> new NotFoundException("programme.outlet.notFound", id));
	}

	private static void validate(OutletDetails details) {
		require(details.name(), "name");
		require(details.address(), "address");
		require(details.operator(), "operator");
		if (details.kind() == null) {
			throw BusinessRuleException.unprocessable("programme.field.required", "kind");
		}
		if (details.latitude() == null || details.longitude() == null) {
			throw BusinessRuleException.unprocessable("programme.field.required", "latitude/longitude");
		}
	}

	static void require(@org.jspecify.annotations.Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw BusinessRuleException.unprocessable("programme.field.required", field);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
