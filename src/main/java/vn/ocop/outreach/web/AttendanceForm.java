package vn.ocop.outreach.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who attended a session: the participants ticked. */
class AttendanceForm {

	private List<UUID> present = new ArrayList<>();

	public List<UUID> getPresent() {
		return present;
	}

	public void setPresent(@Nullable List<UUID> present) {
		this.present = present == null ? new ArrayList<>() : present;
	}
}
