package vn.ocop.support;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.kpi.CountedKind;
import vn.ocop.kpi.CountedRecords;

/**
 * Names the support requests and IP applications the support KPIs count.
 */
@Component
@Transactional(readOnly = true)
class SupportCountedRecords implements CountedRecords {

	private final SupportRequests requests;
	private final IpRegistrations registrations;

	SupportCountedRecords(SupportRequests requests, IpRegistrations registrations) {
		this.requests = requests;
		this.registrations = registrations;
	}

	@Override
	public Set<CountedKind> kinds() {
		return EnumSet.of(CountedKind.SUPPORT_REQUEST, CountedKind.IP_APPLICATION);
	}

	@Override
	public Map<String, Line> lines(CountedKind kind, Collection<String> ids) {
		var uuids = ids.stream().map(SupportCountedRecords::uuid).filter(Objects::nonNull).toList();
		Map<String, Line> lines = new LinkedHashMap<>();
		if (kind == CountedKind.SUPPORT_REQUEST) {
			requests.findAllById(uuids).forEach(r -> lines.put(r.getId().toString(),
					new Line(r.getNumber() + " · " + r.getProductName(), null, "/support/requests/" + r.getId())));
		}
		else if (kind == CountedKind.IP_APPLICATION) {
			registrations.findAllById(uuids).forEach(r -> lines.put(r.getId().toString(),
					new Line(r.getMarkName(), r.getProductName(), "/support/ip")));
		}
		return lines;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
