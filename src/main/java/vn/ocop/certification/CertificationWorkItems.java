package vn.ocop.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.work.WorkItem;
import vn.ocop.shared.work.WorkItemSource;

/**
 * Certification's work (issue 16): for a producer, each certificate in force that ends within the renewal window
 * (180 days, when a re-evaluation should be filed), by its last day; for officers, the certificates of their area
 * expiring within 90 days and, where they record decisions, rated products waiting for the recognition decision.
 */
@Component
@Transactional(readOnly = true)
class CertificationWorkItems implements WorkItemSource {

	static final int PRODUCER_WINDOW_DAYS = 180;
	static final int OFFICE_WINDOW_DAYS = 90;

	private final CertificateQueries certification;
	private final CertificationAccess access;

	CertificationWorkItems(CertificateQueries certification, CertificationAccess access) {
		this.certification = certification;
		this.access = access;
	}

	@Override
	public List<WorkItem> workItems(LocalDate today) {
		CurrentUser user = access.user();
		List<WorkItem> items = new ArrayList<>();
		if (user.has(Role.PRODUCER)) {
			certification.mine().stream().filter(c -> c.status().inForce() && c.replacedBy() == null)
					.filter(c -> !c.validUntil().isAfter(today.plusDays(PRODUCER_WINDOW_DAYS)))
					.sorted(Comparator.comparing(CertificateView::validUntil))
					.forEach(c -> items.add(WorkItem.of("certification.expiring", "work.certification.expiringMine",
							c.validUntil(), "/certification/" + c.code(), 1, c.code(), c.productName())));
		}
		if (CertificationAccess.isOfficer(user)) {
			List<CertificateView> expiring = certification
					.certificates(new CertificateFilter(null, OFFICE_WINDOW_DAYS, null));
			if (!expiring.isEmpty()) {
				LocalDate first = expiring.stream().map(CertificateView::validUntil).min(Comparator.naturalOrder())
						.orElseThrow();
				items.add(WorkItem.of("certification.expiring-area", "work.certification.expiringArea", first,
						"/certification?expiringWithinDays=" + OFFICE_WINDOW_DAYS, expiring.size(), expiring.size(),
						OFFICE_WINDOW_DAYS));
			}
			if (certification.mayDecide()) {
				int awaiting = certification.awaitingCertificate().size();
				if (awaiting > 0) {
					items.add(WorkItem.of("certification.to-recognise", "work.certification.toRecognise", null,
							"/certification", awaiting, awaiting));
				}
			}
		}
		return items;
	}
}
