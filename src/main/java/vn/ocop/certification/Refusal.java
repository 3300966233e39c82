package vn.ocop.certification;

import java.util.List;

import org.jspecify.annotations.Nullable;

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
}
