package vn.ocop.kpi;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.certification.CertificationFacts;
import vn.ocop.outreach.OutreachFacts;
import vn.ocop.registry.ProductLifecycle;

/**
 * Names the products, certificates, producers, sales points and pilots the programme's KPIs count.
 */
@Component
@Transactional(readOnly = true)
class ProgrammeCountedRecords implements CountedRecords {

	private final ProductLifecycle products;
	private final CertificationFacts certificates;
	private final OutreachFacts outreach;

	ProgrammeCountedRecords(ProductLifecycle products, CertificationFacts certificates, OutreachFacts outreach) {
		this.products = products;
		this.certificates = certificates;
		this.outreach = outreach;
	}

	@Override
	public Set<CountedKind> kinds() {
		return EnumSet.of(CountedKind.PRODUCT, CountedKind.CERTIFICATE, CountedKind.PRODUCER, CountedKind.OUTLET,
				CountedKind.PILOT);
	}

	@Override
	public Map<String, Line> lines(CountedKind kind, Collection<String> ids) {
		List<UUID> uuids = uuids(ids);
		Map<String, Line> lines = new LinkedHashMap<>();
		switch (kind) {
			case PRODUCT -> products.summaries(uuids).values().forEach(p -> lines.put(p.id().toString(),
					new Line(p.name(), p.producerName(), "/registry/products/" + p.id())));
			case CERTIFICATE -> certificates.lines(uuids).values().forEach(c -> lines.put(c.id().toString(),
					new Line(c.code() + " · " + c.productName(), c.producerName(), "/certification/" + c.code())));
			case PRODUCER -> products.producerNames(uuids).forEach((id, name) -> lines.put(id.toString(),
					new Line(name, null, "/registry/producers/" + id)));
			case OUTLET -> outreach.outlets(uuids).stream().forEach(o -> lines.put(o.id().toString(),
					new Line(o.name(), o.address(), "/programme/outlets/" + o.id() + "/edit")));
			case PILOT -> outreach.pilots(uuids).stream().forEach(p -> lines.put(p.id().toString(),
					new Line(p.name(), p.type(), "/programme/pilots/" + p.id() + "/edit")));
			default -> {
			}
		}
		return lines;
	}

	static List<UUID> uuids(Collection<String> ids) {
		return ids.stream().map(id -> {
			try {
				return UUID.fromString(id);
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}).filter(java.util.Objects::nonNull).toList();
	}
}
