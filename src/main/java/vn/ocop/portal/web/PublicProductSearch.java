package vn.ocop.portal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.util.NumberUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.ocop.portal.CatalogueQuery;

/**
 * A search of the public catalogue API as its query parameters ask it. Read from the request by {@link Resolver}
 * rather than as six {@code @RequestParam}s: each of those costs a data binder, a conversion and (with a default) an
 * expression evaluated on every request — about 6 % of an API search's CPU (issue 19), on a request that every
 * visitor of a catalogue's search makes. The numbers are read as Spring reads them ({@link NumberUtils}: trimmed,
 * decimal or hexadecimal); an empty value is no value; a value that is no number is answered as a parameter of the
 * wrong type would be (400, problem+json naming the parameter).
 */
record PublicProductSearch(
		@Parameter(description = "words of the name, producer, place or story") @Nullable String q,
		@Parameter(description = "stars (3, 4 or 5)") @Nullable Integer stars,
		@Parameter(description = "product group code") @Nullable String group,
		@Parameter(description = "district or commune code (GSO)") @Nullable String unit,
		@Parameter(description = "page, from 1", schema = @Schema(type = "integer", format = "int32", defaultValue = "1")) int page,
		@Parameter(description = "items per page, 1-100", schema = @Schema(type = "integer", format = "int32", defaultValue = "24")) int size) {

	/** Reads a {@link PublicProductSearch} from the request's parameters. */
	static final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == PublicProductSearch.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
			Integer page = number(parameter, request, "page");
			Integer size = number(parameter, request, "size");
			return new PublicProductSearch(text(request, "q"), number(parameter, request, "stars"),
					text(request, "group"), text(request, "unit"), page == null ? 1 : page,
					size == null ? CatalogueQuery.DEFAULT_SIZE : size);
		}

		private static @Nullable String text(NativeWebRequest request, String name) {
			return request.getParameter(name);
		}

		private static @Nullable Integer number(MethodParameter parameter, NativeWebRequest request, String name) {
			String value = request.getParameter(name);
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return NumberUtils.parseNumber(value.trim(), Integer.class);
			}
			catch (IllegalArgumentException notANumber) {
				throw new MethodArgumentTypeMismatchException(value, Integer.class, name, parameter, notANumber);
			}
		}
	}
}
