package vn.ocop.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.ocop.portal.CatalogueQuery;
import vn.ocop.portal.CatalogueResult;

/**
 * The facets of a page of results as the results fragment shows them, worked out once per search in Java: each
 * value's link, label and whether it is selected. The template then only writes them out; working them out there
 * (a chain of {@code th:with} with a dozen comparisons, a link built from six parameters and for the legal form a
 * message, per value) was a large part of rendering the results.
 *
 * @param facets the facets the page shows, in the result's order (the commune facet only inside a chosen unit)
 */
record ResultsView(List<FacetView> facets) {

	/** A facet with values: {@code field} names its heading ({@code portal.facet.<field>}) and its id. */
	record FacetView(String field, List<ValueView> values) {
	}

	/**
	 * A facet value: {@code href} selects it (or, when selected, removes it), back to page 1.
	 *
	 * @param current {@code aria-current} of its link: {@code true} when selected, else none
	 * @param css the class of its link: {@code fw-bold} when selected, else none
	 */
	record ValueView(String href, String label, long count, boolean selected, @Nullable String current,
			@Nullable String css) {
	}

	static ResultsView of(CatalogueResult result, CatalogueQuery query, CatalogueController.Links links,
			MessageSource messages, Locale locale) {
		List<FacetView> facets = new ArrayList<>(result.facets().size());
		for (CatalogueResult.Facet facet : result.facets()) {
			if (facet.values().isEmpty() || (facet.field().equals("commune") && query.unit() == null)) {
				continue;
			}
			String param = facet.field().equals("district") || facet.field().equals("commune") ? "unit" : facet.field();
			String chosen = chosen(query, param);
			boolean form = facet.field().equals("form");
			List<ValueView> values = new ArrayList<>(facet.values().size());
			for (CatalogueResult.FacetValue v : facet.values()) {
				boolean selected = v.value().equals(chosen);
				String label = form ? message(messages, "portal.form." + v.value(), locale) : v.label();
				values.add(new ValueView(links.with(param, selected ? null : v.value()), label, v.count(), selected,
						selected ? "true" : null, selected ? "fw-bold" : null));
			}
			facets.add(new FacetView(facet.field(), values));
		}
		return new ResultsView(facets);
	}

	/** A message without arguments; one that is missing written as Thymeleaf writes it ({@code ??code_vi??}). */
	private static String message(MessageSource messages, String code, Locale locale) {
		String text = messages.getMessage(code, null, null, locale);
		return text != null ? text : "??" + code + "_" + locale + "??";
	}

	/** The value of the search's parameter {@code param} as a facet value reads ({@code stars} as text). */
	private static @Nullable String chosen(CatalogueQuery query, String param) {
		return switch (param) {
			case "stars" -> query.stars() == null ? null : query.stars().toString();
			case "group" -> query.group();
			case "unit" -> query.unit();
			case "form" -> query.form();
			default -> null;
		};
	}
}
