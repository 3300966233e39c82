package vn.ocop.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.shared.AuditIgnored;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.search.VietnameseAnalysis;
import vn.ocop.shared.Texts;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Embedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import vn.ocop.geography.UnitAt;

/**
 * A producer (chủ thể OCOP): an enterprise, cooperative, cooperative group or household business that owns OCOP
 * products. Bound to the commune of its address, as the commune was on the day it was registered here.
 */
@Entity
@Table(name = "registry_producer")
@Indexed(index = "registry_producer")
@vn.ocop.shared.cluster.ClusterBroadcast
class Producer {

	@Id
	@KeywordField(name = "id_sort", sortable = Sortable.YES, searchable = Searchable.NO)
	private UUID id;

	@Column(nullable = false, length = 300)
	@FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE)
	@FullTextField(name = "name_exact", analyzer = VietnameseAnalysis.VIETNAMESE_EXACT)
	@FullTextField(name = "name_prefix", analyzer = VietnameseAnalysis.VIETNAMESE_EDGE, searchAnalyzer = VietnameseAnalysis.VIETNAMESE)
	@KeywordField(name = "name_sort", normalizer = VietnameseAnalysis.VIETNAMESE_SORT, sortable = Sortable.YES)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_form", nullable = false, length = 32)
	@KeywordField(sortable = Sortable.YES)
	private LegalForm legalForm;

	/** Mã số doanh nghiệp / mã số thuế, digits only. */
	@Column(name = "registration_number", nullable = false, unique = true, length = 13)
	@KeywordField(sortable = Sortable.YES)
	private String registrationNumber;

	@Column(name = "registration_date")
	private @Nullable LocalDate registrationDate;

	@Column(length = 200)
	@FullTextField(analyzer = VietnameseAnalysis.VIETNAMESE)
	private @Nullable String representative;

	@Column(length = 500)
	private @Nullable String address;

	/**
	 * The commune of the address as it was on the day the producer was registered in the system: the code changes
	 * with the address, the day stays.
	 */
	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "commune_code", nullable = false, length = 16))
	@AttributeOverride(name = "date", column = @Column(name = "unit_date", nullable = false))
	private UnitAt unitAt;

	@Column(length = 20)
	private @Nullable String phone;

	@Column(length = 200)
	private @Nullable String email;

	@Column(nullable = false)
	private int members;

	@Column(nullable = false)
	private int workers;

	@Column(name = "women_workers", nullable = false)
	private int womenWorkers;

	@Column(name = "ethnic_minority_workers", nullable = false)
	private int ethnicMinorityWorkers;

	/** The programme year in which the organisation is counted (new or strengthened). */
	@Column(name = "programme_year")
	private @Nullable Integer programmeYear;

	/** Whether the organisation was newly founded in {@link #programmeYear} (else an existing one strengthened). */
	@Column(name = "newly_founded", nullable = false)
	private boolean newlyFounded;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "registry_producer_account", joinColumns = @JoinColumn(name = "producer_id"))
	@Column(name = "username", nullable = false, length = 64)
	@KeywordField
	private Set<String> accounts = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	@GenericField(sortable = Sortable.YES)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@AuditIgnored
	@Version
	private long version;

	protected Producer() {
	}

	Producer(ProducerDetails details, LocalDate unitDate, Instant now, String createdBy) {
		this.id = UUID.randomUUID();
		this.unitAt = new UnitAt(details.communeCode().strip(), unitDate);
		this.createdAt = now;
		this.createdBy = createdBy;
		describe(details);
	}

	/** Replaces the producer's descriptive details; the commune keeps referring to the registration day. */
	void describe(ProducerDetails details) {
		if (details.workers() < details.womenWorkers() || details.workers() < details.ethnicMinorityWorkers()) {
			throw BusinessRuleException.unprocessable("registry.producer.workersInconsistent");
		}
		this.name = details.name().strip();
		this.legalForm = details.legalForm();
		this.registrationNumber = RegistrationNumber.parse(details.registrationNumber()).value();
		this.registrationDate = details.registrationDate();
		this.representative = Texts.blankToNull(details.representative());
		this.address = Texts.blankToNull(details.address());
		this.unitAt = unitAt.withCode(details.communeCode().strip());
		this.phone = Texts.blankToNull(details.phone());
		this.email = Texts.blankToNull(details.email());
		this.members = details.members();
		this.workers = details.workers();
		this.womenWorkers = details.womenWorkers();
		this.ethnicMinorityWorkers = details.ethnicMinorityWorkers();
		this.programmeYear = details.programmeYear();
		this.newlyFounded = details.newlyFounded();
	}

	/** Lets a producer account act for this producer. */
	void linkAccount(String username) {
		accounts.add(username);
	}

	void unlinkAccount(String username) {
		accounts.remove(username);
	}

	public boolean isManagedBy(String username) {
		return accounts.contains(username);
	}

	ProducerSummary toSummary() {
		return new ProducerSummary(id, name, legalForm, new RegistrationNumber(registrationNumber).formatted(),
				registrationDate, representative, address, unitAt.code(), unitAt.date(), phone, email, members, workers,
				womenWorkers, ethnicMinorityWorkers, programmeYear, newlyFounded, Set.copyOf(accounts), createdAt);
	}

	public UUID getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public LegalForm getLegalForm() {
		return legalForm;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	/** The commune code, indexed under its old field name (communeCode) for search filters and sorting. */
	@KeywordField(sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "unitAt")))
	public String getCommuneCode() {
		return unitAt.code();
	}

	public UnitAt getUnitAt() {
		return unitAt;
	}

	public @Nullable String getRepresentative() {
		return representative;
	}

	public Set<String> getAccounts() {
		return Set.copyOf(accounts);
	}

}
