package vn.ocop.support;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.ReportFollowUps;

/** The support requests that answer a monthly report's difficulties. */
@Component
@Transactional(readOnly = true)
class RequestFollowUps implements ReportFollowUps {

	private final SupportRequests requests;

	RequestFollowUps(SupportRequests requests) {
		this.requests = requests;
	}

	@Override
	public List<FollowUp> followUpsOf(UUID reportId) {
		return requests.findByReportId(reportId).stream()
				.sorted(Comparator.comparing(SupportRequest::getAppliedOn))
				.map(r -> new FollowUp("support.followUp.request", r.getNumber() + " · " + r.getProductName(),
						"support.status." + r.getStatus().name(), "/support/requests/" + r.getId(), r.getAppliedOn()))
				.toList();
	}
}
