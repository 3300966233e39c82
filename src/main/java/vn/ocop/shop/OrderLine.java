package vn.ocop.shop;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A line of an order: what was bought at the price the server charged then.
 */
@Entity
@Table(name = "shop_order_line")
class OrderLine {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Column(name = "listing_id", nullable = false)
	private UUID listingId;

	@Column(name = "product_id", nullable = false)
	private UUID productId;

	@Column(name = "product_set_code", nullable = false, length = 32)
	private String productSetCode;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(length = 100)
	private @Nullable String variant;

	@Column(nullable = false, length = 50)
	private String unit;

	@Column(name = "unit_price_vnd", nullable = false)
	private long unitPriceVnd;

	@Column(nullable = false)
	private int quantity;

	@Column(name = "line_total_vnd", nullable = false)
	private long lineTotalVnd;

	protected OrderLine() {
	}

	OrderLine(int position, Listing listing, int quantity) {
		if (quantity <= 0) {
			throw new IllegalArgumentException("A line has a positive quantity");
		}
		this.id = UUID.randomUUID();
		this.position = position;
		this.listingId = listing.getId();
		this.productId = listing.getProductId();
		this.productSetCode = listing.getProductSetCode();
		this.title = listing.getTitle();
		this.variant = listing.getVariant();
		this.unit = listing.getUnit();
		this.unitPriceVnd = listing.getPriceVnd();
		this.quantity = quantity;
		this.lineTotalVnd = Math.multiplyExact(unitPriceVnd, (long) quantity);
	}

	OrderView.Line toView() {
		return new OrderView.Line(listingId, productId, title, variant, unit, unitPriceVnd, quantity, lineTotalVnd);
	}

	UUID getListingId() {
		return listingId;
	}

	String getProductSetCode() {
		return productSetCode;
	}

	int getQuantity() {
		return quantity;
	}

	long getLineTotalVnd() {
		return lineTotalVnd;
	}
}
