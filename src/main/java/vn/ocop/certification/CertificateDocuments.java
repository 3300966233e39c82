package vn.ocop.certification;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.ocop.identity.CurrentUser;
import vn.ocop.shared.BusinessRuleException;

/**
 * The certificate as documents: the A4 PDF with its QR code (whatever the certificate's status, which it shows) and
 * the print-ready OCOP label, only while the certificate is in force; for officers in scope and the producer's
 * accounts.
 */
@Service
public class CertificateDocuments {

	private final CertificateRecords records;
	private final CertificationAccess access;
	private final CertificatePdf pdf;
	private final OcopLabel labels;
	private final VerificationLinks links;
	private final CertificationSettings settings;

	CertificateDocuments(CertificateRecords records, CertificationAccess access, CertificatePdf pdf, OcopLabel labels,
			VerificationLinks links, CertificationSettings settings) {
		this.records = records;
		this.access = access;
		this.pdf = pdf;
		this.labels = labels;
		this.links = links;
		this.settings = settings;
	}

	/** The certificate as a PDF (officers in scope and the producer's accounts). */
	public byte[] pdf(String code) {
		Certificate certificate = visible(code);
		CertificateView view = records.view(certificate, records.today());
		long months = ChronoUnit.MONTHS.between(certificate.getValidFrom(), certificate.getValidUntil().plusDays(1));
		return pdf.render(view, certificate.getVersion(), new CertificatePdf.Extras(records.address(certificate),
				links.qrContent(certificate), links.verify(certificate.getCode()), (int) months,
				settings.provinceOrDefault()));
	}

	/** The OCOP label as SVG; only for a certificate in force (409 otherwise). */
	public String labelSvg(String code) {
		return labels.svg(labelContent(code));
	}

	/** The OCOP label as PNG; only for a certificate in force (409 otherwise). */
	public byte[] labelPng(String code) {
		return labels.png(labelContent(code));
	}

	private OcopLabel.Content labelContent(String code) {
		Certificate certificate = visible(code);
		CertificateStatus status = certificate.statusOn(records.today());
		if (!status.inForce()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("currentStatus", status.name()),
					"certification.label.notInForce", certificate.getCode(), status.name());
		}
		return new OcopLabel.Content(certificate.getCode(), certificate.getStars(), certificate.getValidUntil(),
				links.qrContent(certificate));
	}

	private Certificate visible(String code) {
		CurrentUser user = access.user();
		Certificate certificate = records.load(code);
		access.requireSee(user, certificate);
		return certificate;
	}
}
