package vn.ocop.outreach;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import vn.ocop.shared.Texts;

/**
 * What every record of the programme's field work keeps (a training course, a sales point, a pilot model, an event):
 * its id, the commune or district it is in (none: province-wide), who created it and when, and its version. Each
 * keeps these columns in its own table.
 */
@MappedSuperclass
abstract class OutreachRecord {

	@Id
	private UUID id;

	private @Nullable String communeCode;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String createdBy;

	@Version
	private long version;

	protected OutreachRecord() {
	}

	protected OutreachRecord(Instant now, String actor) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		this.createdBy = actor;
	}

	UUID getId() {
		return id;
	}

	@Nullable
	String getCommuneCode() {
		return communeCode;
	}

	/** Places the record in a commune or district, or province-wide when none is given. */
	protected void placeIn(@Nullable String communeCode) {
		this.communeCode = Texts.blankToNull(communeCode);
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	/** Linked products as views list them: by name. */
	static List<LinkedProduct> byName(Collection<LinkedProduct> products) {
		return products.stream().sorted(Comparator.comparing(LinkedProduct::productName)).toList();
	}
}
