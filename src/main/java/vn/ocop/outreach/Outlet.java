package vn.ocop.outreach;

import static vn.ocop.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import vn.ocop.shared.BusinessRuleException;

/**
 * A showcase and sales centre or point of OCOP products (Activity 8): where it is (with coordinates), who runs
 * it, when it opens, which products it carries, which criteria it meets, and whether it is open.
 */
@Entity
@Table(name = "programme_outlet")
@jakarta.persistence.EntityListeners(vn.ocop.shared.cluster.EntityChanges.class)
@vn.ocop.shared.cluster.ClusterBroadcast
class Outlet extends OutreachRecord {

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OutletKind kind;

	@Column(nullable = false)
	private String address;

	@Column(nullable = false)
	private BigDecimal latitude;

	@Column(nullable = false)
	private BigDecimal longitude;

	@Column(name = "operator_name", nullable = false)
	private String operator;

	private @Nullable String openingHours;

	private @Nullable String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OutletStatus status;

	private @Nullable LocalDate openedOn;

	private @Nullable LocalDate closedOn;

	private @Nullable String criteria;

	@ElementCollection
	@CollectionTable(name = "programme_outlet_product", joinColumns = @JoinColumn(name = "outlet_id"))
	private Set<LinkedProduct> products = new LinkedHashSet<>();

	protected Outlet() {
	}

	Outlet(OutletDetails details, List<LinkedProduct> products, Instant now, String actor) {
		super(now, actor);
		this.status = OutletStatus.PLANNED;
		describe(details, products);
	}

	void describe(OutletDetails details, List<LinkedProduct> carried) {
		validCoordinates(details.latitude(), details.longitude());
		this.name = details.name().strip();
		this.kind = details.kind();
		this.address = details.address().strip();
		placeIn(details.communeCode());
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.operator = details.operator().strip();
		this.openingHours = blankToNull(details.openingHours());
		this.phone = blankToNull(details.phone());
		this.criteria = blankToNull(String.join("\n", details.criteria().stream().map(String::strip)
				.filter(c -> !c.isEmpty()).toList()));
		this.products.clear();
		this.products.addAll(carried);
	}

	/** Opens the outlet on the day (again, after a closure). */
	void open(LocalDate on) {
		if (status == OutletStatus.OPEN) {
			throw BusinessRuleException.conflict("programme.outlet.alreadyOpen");
		}
		this.status = OutletStatus.OPEN;
		this.openedOn = on;
		this.closedOn = null;
	}

	void close(LocalDate on) {
		if (status != OutletStatus.OPEN) {
			throw BusinessRuleException.conflict("programme.outlet.notOpen");
		}
		if (openedOn != null && on.isBefore(openedOn)) {
			throw BusinessRuleException.unprocessable("programme.outlet.closeBeforeOpen");
		}
		this.status = OutletStatus.CLOSED;
		this.closedOn = on;
	}

	static void validCoordinates(BigDecimal latitude, BigDecimal longitude) {
		if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
			throw BusinessRuleException.unprocessable("programme.outlet.latitude");
		}
		if (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
			throw BusinessRuleException.unprocessable("programme.outlet.longitude");
		}
	}

	OutletView toView() {
		return new OutletView(getId(), name, kind, address, getCommuneCode(), latitude.doubleValue(), longitude.doubleValue(),
				operator, openingHours, phone, status, openedOn, closedOn,
				criteria == null ? List.of() : Arrays.asList(criteria.split("\n")),
				byName(products));
	}
}
