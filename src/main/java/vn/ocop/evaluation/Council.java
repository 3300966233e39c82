package vn.ocop.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

/**
 * An evaluation council (hội đồng đánh giá, phân hạng sản phẩm) of one level, unit and year. Has exactly one
 * chair and no account twice.
 */
@Entity
@Table(name = "evaluation_council")
class Council {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CouncilLevel level;

	@Column(name = "unit_code", nullable = false, length = 16)
	private String unitCode;

	@Column(name = "council_year", nullable = false)
	private int year;

	@Column(nullable = false, length = 300)
	private String name;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "evaluation_council_member", joinColumns = @JoinColumn(name = "council_id"))
	private List<CouncilMember> members = new ArrayList<>();

	@jakarta.persistence.Embedded
	private CouncilRules rules = CouncilRules.NATIONAL;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@AuditIgnored
	@Version
	private long version;

	protected Council() {
	}

	Council(CouncilLevel level, String unitCode, int year, String name, List<CouncilMember> members, Instant now,
			String actor) {
		this(level, unitCode, year, name, members, CouncilRules.NATIONAL, now, actor);
	}

	Council(CouncilLevel level, String unitCode, int year, String name, List<CouncilMember> members,
			CouncilRules rules, Instant now, String actor) {
		this.rules = rules.validated();
		this.id = UUID.randomUUID();
		this.level = level;
		this.unitCode = unitCode;
		this.year = year;
		this.name = name.strip();
		this.createdAt = now;
		this.createdBy = actor;
		appoint(members);
	}

	/** Replaces the members: exactly one chair, at least one other scoring member, no account twice. */
	void appoint(List<CouncilMember> members) {
		var seen = new HashSet<String>();
		for (CouncilMember member : members) {
			if (!seen.add(member.username())) {
				throw BusinessRuleException.unprocessable("evaluation.council.duplicateMember", member.username());
			}
		}
		long chairs = members.stream().filter(m -> m.role() == MemberRole.CHAIR).count();
		if (chairs != 1) {
			throw BusinessRuleException.unprocessable("evaluation.council.oneChair", chairs);
		}
		if (members.stream().filter(m -> m.role().scores()).count() < 2) {
			throw BusinessRuleException.unprocessable("evaluation.council.tooSmall");
		}
		this.members = new ArrayList<>(members);
	}

	/** Adopts new operating rules; sessions already opened keep the rules they were opened under. */
	void changeRules(CouncilRules rules) {
		this.rules = rules.validated();
	}

	CouncilRules getRules() {
		return rules == null ? CouncilRules.NATIONAL : rules;
	}

	Optional<CouncilMember> member(String username) {
		return members.stream().filter(m -> m.username().equals(username)).findFirst();
	}

	List<CouncilMember> scoringMembers() {
		return members.stream().filter(m -> m.role().scores()).toList();
	}

	String chair() {
		return members.stream().filter(m -> m.role() == MemberRole.CHAIR).map(CouncilMember::username).findFirst()
				.orElseThrow();
	}

	boolean canRun(String username) {
		return member(username).map(m -> m.role() == MemberRole.CHAIR || m.role() == MemberRole.SECRETARY).orElse(false);
	}

	CouncilView toView() {
		return new CouncilView(id, level, unitCode, year, name, List.copyOf(members), getRules());
	}

	UUID getId() {
		return id;
	}

	CouncilLevel getLevel() {
		return level;
	}

	String getUnitCode() {
		return unitCode;
	}

	int getYear() {
		return year;
	}

	String getName() {
		return name;
	}

	List<CouncilMember> getMembers() {
		return List.copyOf(members);
	}
}
