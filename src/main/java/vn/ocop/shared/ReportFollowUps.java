package vn.ocop.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What was done about the difficulties a monthly report raised (issue 18: "the report shows what was done about
 * it"): support requests and plan tasks that answer it. Each module that can answer a report provides one bean;
 * the report's page lists what they all say, without the reporting module depending on them.
 */
public interface ReportFollowUps {

	/**
	 * One answer to a report.
	 *
	 * @param kindCode message code of what it is (a support request, a plan task)
	 * @param statusCode message code of where it stands
	 * @param link where to follow it
	 */
	record FollowUp(String kindCode, String title, String statusCode, String link, @Nullable LocalDate on) {
	}

	/** The answers to one report, oldest first. */
	List<FollowUp> followUpsOf(UUID reportId);
}
