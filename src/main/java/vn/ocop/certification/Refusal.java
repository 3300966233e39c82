package vn.ocop.certification;

import org.jspecify.annotations.Nullable;

/**
 * Why one item of a bulk request was refused (the whole request then changes nothing).
 *
 * @param item the product id or certificate code
 * @param name the product's name, if known
 * @param reason a message code
 * @param status the current status of the product or certificate, if known
 */
public record Refusal(String item, @Nullable String name, String reason, @Nullable String status) {
}
