package vn.ocop.evaluation;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A member's attendance at a session's meeting, with a note (the reason of an absence or a conflict).
 */
@Embeddable
public record Attendance(@Column(name = "username", nullable = false, length = 64) String username,
		@Enumerated(EnumType.STRING) @Column(name = "attendance", nullable = false, length = 16) AttendanceStatus status,
		@Column(name = "note", length = 500) @Nullable String note) {
}
