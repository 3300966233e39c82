package vn.ocop.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.ocop.shared.Stars;

/**
 * Stars on the pages, written one way everywhere ({@link Stars}): {@code ${@stars.symbols(c.stars)}} gives
 * {@code ★★★}, {@code ${@stars.outOfFive(n)}} gives {@code ★★★☆☆}; no stars is an empty text. The words ("3 sao")
 * come from the bundles.
 */
@Component("stars")
public class StarsFormat {

	public String symbols(@Nullable Integer count) {
		return count == null ? "" : Stars.symbols(count);
	}

	public String outOfFive(@Nullable Integer count) {
		return Stars.outOfFive(count == null ? 0 : count);
	}
}
