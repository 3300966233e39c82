package vn.ocop.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.ocop.evaluation.Attendance;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilMember;

/**
 * The meeting's attendance as the chair or the secretary records it: {@code status.<username>} and
 * {@code note.<username>} for each member. The fields are named by member, so they are read from the request when
 * the form is made ({@link #of}); a status that is none is left out, as a member not listed, and a note is cut at
 * 500 characters.
 */
class AttendanceForm {

	private final Map<String, String> statuses = new LinkedHashMap<>();

	private final Map<String, String> notes = new LinkedHashMap<>();

	/** The form with the members' fields of a request's parameters. */
	static AttendanceForm of(Map<String, String[]> parameters) {
		var form = new AttendanceForm();
		parameters.forEach((name, values) -> {
			if (values.length == 0) {
				return;
			}
			if (name.startsWith("status.")) {
				form.statuses.put(name.substring("status.".length()), values[0]);
			}
			else if (name.startsWith("note.")) {
				form.notes.put(name.substring("note.".length()), values[0]);
			}
		});
		return form;
	}

	/** The attendance of the council's members that the form gives. */
	List<Attendance> entries(List<CouncilMember> members) {
		List<Attendance> entries = new ArrayList<>();
		for (var member : members) {
			AttendanceStatus status = status(statuses.get(member.username()));
			if (status != null) {
				String note = notes.get(member.username());
				entries.add(new Attendance(member.username(), status,
						note == null ? null : note.substring(0, Math.min(note.length(), 500))));
			}
		}
		return entries;
	}

	private static @Nullable AttendanceStatus status(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : AttendanceStatus.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
