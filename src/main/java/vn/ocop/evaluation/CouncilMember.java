package vn.ocop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A member of a council: an account and its role.
 */
@Embeddable
public record CouncilMember(@Column(name = "username", nullable = false, length = 64) String username,
		@Enumerated(EnumType.STRING) @Column(name = "member_role", nullable = false, length = 32) MemberRole role) {
}
