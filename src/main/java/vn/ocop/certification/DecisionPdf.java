package vn.ocop.certification;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ocop.criteria.Regulation;
import vn.ocop.shared.document.PdfRenderer;

/**
 * A decision as the A4 document the authority signs (Nghị định 30/2020/NĐ-CP layout): the issuing body and the
 * national header, number, place and date, the title, the legal bases, the articles, the signature block of the
 * level that decided (e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) and, for a recognition, the annex
 * listing products, producers, stars and scores. Rendered from {@code certification/pdf/decision}; always in
 * Vietnamese.
 */
@Component
class DecisionPdf {

	static final String TEMPLATE = "certification/pdf/decision";

	private final PdfRenderer pdf;

	DecisionPdf(PdfRenderer pdf) {
		this.pdf = pdf;
	}

	/**
	 * @param regulation the regulation that gave the deciding level its authority
	 * @param cited the regulations of its products (each product is listed under its own when they differ)
	 */
	byte[] render(DecisionDocument document, @Nullable Regulation regulation, java.util.List<Regulation> cited,
			String province) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("decision", document.decision());
		variables.put("lines", document.lines());
		variables.put("mixed", document.mixesRegulations());
		variables.put("cited", cited);
		variables.put("regulation", regulation);
		variables.put("province", province);
		variables.put("revocation", regulation == null ? null : regulation.revocation());
		return pdf.render(TEMPLATE, PdfRenderer.VIETNAMESE, variables);
	}
}
