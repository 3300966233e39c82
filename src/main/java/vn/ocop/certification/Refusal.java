package vn.ocop.certification;

import java.util.List;

import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import vn.ocop.shared.BusinessRuleException;

/**
 * Why one item of a bulk request was refused (the whole request then changes nothing).
 *
 * @param item the product id or certificate code
 * @param name the product's name, if known
 * @param reason a message code
 * @param status the current status of the product or certificate, if known
 * @param arguments what the reason refers to, e.g. the regulation, the deciding level, the stars and the level
 *        that may decide them
 */
public record Refusal(String item, @Nullable String name, String reason, @Nullable String status,
		List<Object> arguments) {

	public Refusal(String item, @Nullable String name, String reason, @Nullable String status) {
		this(item, name, reason, status, List.of());
	}

	/**
	 * Nothing happens if anything was refused: a single item refused for the deciding level's authority gets the 409
	 * naming the rule and the competent level; otherwise the 409 lists every refused item ({@code refused}).
	 */
	static void requireNone(String messageCode, List<Refusal> refused, int requested) {
		if (refused.size() == 1 && requested == 1 && CertificationAuthority.isLevelRefusal(refused.get(0))) {
			throw CertificationAuthority.refusal(refused.get(0));
		}
		if (!refused.isEmpty()) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("refused", refused), messageCode,
					refused.size(), refused.stream().map(r -> r.name() == null ? r.item() : r.name())
							.collect(Collectors.joining(", ")));
		}
	}
}
