package vn.ocop.inspection;

import java.util.Comparator;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.ocop.certification.CertificateFilter;
import vn.ocop.certification.CertificateView;
import vn.ocop.certification.CertificationManagement;
import vn.ocop.registry.ProducerSummary;
import vn.ocop.registry.ProductLifecycle;
import vn.ocop.registry.ProductSummary;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * What a plan line or an inspection is about, read from the registry and certification: the producer, optionally
 * one of its products, and the certificate of that product in force.
 */
@Component
class InspectionSubjects {

	private final ProductLifecycle lifecycle;
	private final CertificationManagement certification;

	InspectionSubjects(ProductLifecycle lifecycle, CertificationManagement certification) {
		this.lifecycle = lifecycle;
		this.certification = certification;
	}

	/** The producer (404 when unknown) and the product, which must be the producer's (422 otherwise). */
	PlanItem.Subject subject(@Nullable UUID producerId, @Nullable UUID productId) {
		if (producerId == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "producerId");
		}
		ProducerSummary producer;
		try {
			producer = lifecycle.producer(producerId);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("monitoring.producer.notFound", producerId);
		}
		if (productId == null) {
			return new PlanItem.Subject(producer.id(), producer.name(), null, null, producer.unitAt());
		}
		ProductSummary product = product(productId);
		if (!product.producerId().equals(producer.id())) {
			throw BusinessRuleException.unprocessable("monitoring.product.otherProducer", product.name(), producer.name());
		}
		return new PlanItem.Subject(producer.id(), producer.name(), product.id(), product.name(), product.unitAt());
	}

	ProductSummary product(@Nullable UUID productId) {
		if (productId == null) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "productId");
		}
		try {
			return lifecycle.summary(productId);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("monitoring.product.notFound", productId);
		}
	}

	/** The certificate of the inspected product: the one given, else the product's latest one in force. */
	@Nullable
	String certificateOf(@Nullable UUID productId, @Nullable String given) {
		if (given != null && !given.isBlank()) {
			CertificateView certificate = certification.certificate(given.strip());
			if (productId != null && !certificate.productId().equals(productId)) {
				throw BusinessRuleException.unprocessable("monitoring.certificate.otherProduct", certificate.code());
			}
			return certificate.code();
		}
		if (productId == null) {
			return null;
		}
		return certification.certificates(CertificateFilter.none()).stream()
				.filter(c -> c.productId().equals(productId) && c.status().inForce())
				.max(Comparator.comparing(CertificateView::issuedAt)).map(CertificateView::code).orElse(null);
	}

	CertificateView certificate(String code) {
		return certification.certificate(code);
	}

	/** The inspection's subject, from a plan line's or a producer's, with the certificate of its product. */
	Inspection.Subject inspected(PlanItem.Subject s, @Nullable String certificateCode) {
		return new Inspection.Subject(s.producerId(), s.producerName(), s.productId(), s.productName(),
				certificateOf(s.productId(), certificateCode), s.unitAt());
	}
}
