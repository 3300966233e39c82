package vn.ocop.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our own probe, in CI (issue 15): it walks every operation of the OpenAPI document ({@code /v3/api-docs}) and every
 * page route (from {@link RequestMappingHandlerMapping}) and
 * <ul>
 * <li>calls each as every demo role, an officer of another district ({@code district-hs}) and a producer of another
 * producer ({@code producer-hs}), and fails on any 2xx that the access model does not declare;</li>
 * <li>sends each malformed bodies and parameters and fails on any 5xx, and on any API error that is not
 * problem+json.</li>
 * </ul>
 * The access model is the one file {@code src/test/resources/access-model.txt}: per operation, the roles that may
 * get an answer (path ids are those of the demo data's records, found through the list operations; records of
 * Vũ Quang district, so the officer of Hương Sơn is outside). An operation missing from it fails the test, so a new
 * endpoint is declared as it is written. {@code -Docop.probe.record=true} writes what was observed to
 * {@code target/access-model.observed.txt} to compare with the declared file.
 * <p>
 * A context and a database of its own (the properties below): the walk changes demo records (it closes a cycle,
 * grants and withdraws), which no other test class should see, and no other class's records change what it sees.
 * Named {@code *Tests}, not {@code *IntegrationTests}: it runs in the H2 suite, whose demo records are the ones the
 * model was written against.
 */
@SpringBootTest(properties = { "ocop.probe=true", "spring.datasource.url=jdbc:h2:mem:ocop-probe;DB_CLOSE_DELAY=-1",
		"ocop.monitoring.reminder-job=false",
		"ocop.certification.expiry-job=false", "spring.mail.host=127.0.0.1", "spring.mail.port=1" })
@AutoConfigureMockMvc(print = org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ProbeTests {

	static final String PASSWORD = "ocop-demo";

	/** The callers: a demo account and its role, or nobody. */
	static final Map<String, String> CALLERS = new LinkedHashMap<>();
	static {
		CALLERS.put("anonymous", null);
		CALLERS.put("admin", "PROVINCE_ADMIN");
		CALLERS.put("district", "DISTRICT_OFFICER");
		CALLERS.put("district-hs", "DISTRICT_OFFICER");
		CALLERS.put("commune", "COMMUNE_OFFICER");
		CALLERS.put("council1", "COUNCIL_MEMBER");
		CALLERS.put("inspector", "INSPECTOR");
		CALLERS.put("producer", "PRODUCER");
		CALLERS.put("producer-hs", "PRODUCER");
		CALLERS.put("editor", "EDITOR");
	}

	/** Operations that change state but carry no body: called with unknown ids only, so they never act. */
	static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

	static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final JsonMapper json = JsonMapper.builder().build();

	JsonNode api;
	final Map<String, String> sampleIds = new TreeMap<>();

	@BeforeAll
	void readTheApi() throws Exception {
		api = json.readTree(mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andReturn().getResponse()
				.getContentAsString());
		// an id per collection, from the list operations as the office: /api/v1/producers → a producer's id
		for (var path : api.get("paths").propertyNames()) {
			if (!path.contains("{") && api.get("paths").get(path).has("get")) {
				String first = firstId(path);
				if (first != null) {
					sampleIds.put(path, first);
				}
			}
		}
	}

	// ---------------------------------------------------------------- endpoint × role × unit scope

	@Test
	@org.junit.jupiter.api.Order(1)
	void shouldAnswerEveryOperationAndPageOnlyToTheRolesTheModelDeclares() throws Exception {
		Map<String, Set<String>> declared = declaredModel();
		Map<String, Set<String>> observed = new TreeMap<>();
		List<String> unexpected = new ArrayList<>();
		for (Operation operation : operations()) {
			observed.put(operation.key(), new TreeSet<>());
			for (var caller : CALLERS.entrySet()) {
				MockHttpServletResponse response = mvc.perform(operation.request(this).with(as(caller.getKey(),
						caller.getValue(), operation.api()))).andReturn().getResponse();
				if (response.getStatus() >= 200 && response.getStatus() < 300) {
					observed.get(operation.key()).add(caller.getKey());
					Set<String> allowed = declared.get(operation.key());
					if (allowed != null && !allowed.contains(caller.getKey())) {
						unexpected.add(operation.key() + " answered " + response.getStatus() + " to " + caller.getKey());
					}
				}
			}
		}
		if (Boolean.getBoolean("ocop.probe.record")) {
			write(observed);
		}
		List<String> undeclared = observed.entrySet().stream().filter(e -> !declared.containsKey(e.getKey()))
				.map(e -> e.getKey() + " " + (e.getValue().isEmpty() ? "-" : String.join(",", e.getValue()))).toList();
		assertThat(undeclared).as("operations missing from src/test/resources/access-model.txt — check who answered "
				+ "and add the lines (as they are, if that is who may call them)").isEmpty();
		assertThat(unexpected).as("answers the access model does not allow").isEmpty();
	}

	// ---------------------------------------------------------------- fuzz

	@Test
	@org.junit.jupiter.api.Order(2)
	void shouldNeverAnswerMalformedInputWithA5xxOrAnErrorThatIsNotAProblem() throws Exception {
		List<String> failures = new ArrayList<>();
		for (Operation operation : operations()) {
			if (!operation.api()) {
				if (!operation.path().contains("{")) {
					for (String parameter : List.of("page", "year", "q")) {
						for (String value : List.of("99999999", "x\u0000y", "-2147483648")) {
							check(failures, operation, operation.request(this).param(parameter, value), false);
						}
					}
				}
				continue;
			}
			for (MockHttpServletRequestBuilder malformed : operation.malformed(this)) {
				check(failures, operation, malformed, true);
			}
		}
		Set<String> known = knownFailures();
		List<String> fresh = failures.stream().filter(f -> known.stream().noneMatch(k -> f.startsWith(k + " "))).toList();
		assertThat(fresh).as("malformed input answered badly (known and still open: src/test/resources/probe-known-failures.txt)")
				.isEmpty();
	}

	private void check(List<String> failures, Operation operation, MockHttpServletRequestBuilder request, boolean api)
			throws Exception {
		var result = mvc.perform(request.with(as("admin", "PROVINCE_ADMIN", api))).andReturn();
		var response = result.getResponse();
		String sent = result.getRequest().getRequestURI() + "?" + result.getRequest().getQueryString() + " "
				+ abbreviate(result.getRequest().getContentAsString());
		if (response.getStatus() >= 500) {
			failures.add(operation.key() + " → " + response.getStatus() + " for " + sent);
		}
		else if (api && response.getStatus() >= 400 && response.getContentType() == null
				&& response.getContentAsByteArray().length == 0) {
			// sent to the container's error path (no handler matched, e.g. 415 on a multipart operation): MockMvc does
			// not dispatch there; on a server ErrorResponses answers it as problem+json (InputBoundsIntegrationTests)
			return;
		}
		else if (api && response.getStatus() >= 400 && (response.getContentType() == null
				|| !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType())))) {
			failures.add(operation.key() + " → " + response.getStatus() + " " + response.getContentType()
					+ " (not problem+json) for " + sent);
		}
	}

	// ---------------------------------------------------------------- the operations

	/** An operation of the API or a page route, with how to call it. */
	record Operation(String method, String path, boolean api, JsonNode spec) {

		String key() {
			return method + " " + path;
		}

		/** The operation with the demo data's ids (safe methods) or unknown ids, and the required parameters. */
		MockHttpServletRequestBuilder request(ProbeTests probe) {
			var builder = request(HttpMethod.valueOf(method), probe.url(path, SAFE_METHODS.contains(method)));
			if (spec != null && spec.has("parameters")) {
				for (JsonNode parameter : spec.get("parameters")) {
					if ("query".equals(parameter.path("in").asString())) {
						String name = parameter.get("name").asString();
						if (parameter.path("required").asBoolean(false) || name.equals("unitCode")) {
							builder.param(name, sample(name, parameter.path("schema")));
						}
					}
				}
			}
			if (!SAFE_METHODS.contains(method)) {
				builder.with(csrf());
				if (spec != null && spec.path("requestBody").path("content").has("application/json")) {
					builder.contentType(MediaType.APPLICATION_JSON).content("{}");
				}
			}
			return builder;
		}

		private static MockHttpServletRequestBuilder request(HttpMethod method, String url) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, url);
		}

		/** Malformed variants: broken and mistyped JSON, out-of-range and NUL parameters, path ids of no type. */
		List<MockHttpServletRequestBuilder> malformed(ProbeTests probe) {
			List<MockHttpServletRequestBuilder> variants = new ArrayList<>();
			boolean json = spec != null && spec.path("requestBody").path("content").has("application/json");
			if (json) {
				for (String body : List.of("{", "[]", "null", "{\"x\":", "\"\u0000\"", probe.hostile(spec))) {
					variants.add(request(HttpMethod.valueOf(method), probe.url(path, false)).with(csrf())
							.contentType(MediaType.APPLICATION_JSON).content(body));
				}
			}
			if (path.contains("{")) {
				variants.add(request(HttpMethod.valueOf(method), VARIABLE.matcher(path).replaceAll("not-an-id")).with(csrf()));
				variants.add(request(HttpMethod.valueOf(method), VARIABLE.matcher(path).replaceAll("99999999999999999999"))
						.with(csrf()));
			}
			if (spec != null && spec.has("parameters")) {
				for (JsonNode parameter : spec.get("parameters")) {
					if (!"query".equals(parameter.path("in").asString())) {
						continue;
					}
					String name = parameter.get("name").asString();
					for (String value : List.of("2147483647", "-2147483648", "99999999999999999999", "x\u0000y", "",
							"1e309", "2025-13", "'\"<>")) {
						var variant = request(HttpMethod.valueOf(method), probe.url(path, false)).with(csrf()).param(name,
								value);
						if (json) {
							variant.contentType(MediaType.APPLICATION_JSON).content("{}");
						}
						variants.add(variant);
					}
				}
			}
			return variants;
		}
	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (var path : api.get("paths").propertyNames()) {
			JsonNode item = api.get("paths").get(path);
			for (String method : List.of("get", "post", "put", "patch", "delete")) {
				if (item.has(method)) {
					operations.add(new Operation(method.toUpperCase(), path, true, item.get(method)));
				}
			}
		}
		Set<String> pages = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
			var info = mapping.getKey();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!(methods.isEmpty() || methods.contains(org.springframework.web.bind.annotation.RequestMethod.GET))) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") && !pattern.startsWith("/error") && !pattern.startsWith("/v3/")
						&& !pattern.startsWith("/swagger") && !pattern.contains("*")) {
					pages.add(pattern);
				}
			}
		}
		pages.forEach(p -> operations.add(new Operation("GET", p, false, null)));
		return operations;
	}

	/** The path with its variables: a demo record's id for safe methods when one is known, else an unknown id. */
	String url(String path, boolean demoIds) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String prefix = path.substring(0, matcher.start()).replaceAll("/$", "");
			String value = demoIds ? sampleIds.get(prefix) : null;
			matcher.appendReplacement(url, Matcher.quoteReplacement(value != null ? value
					: sample(matcher.group(1), null)));
		}
		matcher.appendTail(url);
		return url.toString();
	}

	static String sample(String name, JsonNode schema) {
		String lower = name.toLowerCase();
		if (lower.equals("year")) {
			return "2025";
		}
		if (lower.equals("period") || lower.equals("from") || lower.equals("to") || lower.equals("month")) {
			return "2025-06";
		}
		if (lower.endsWith("code") && lower.contains("unit")) {
			return "441";
		}
		if (lower.equals("username")) {
			return "khong-co-tai-khoan-nay";
		}
		if (lower.equals("code") || lower.endsWith("code")) {
			return "KHONG-CO-MA";
		}
		if (lower.equals("slug")) {
			return "khong-co-trang-nay";
		}
		if (schema != null && "integer".equals(schema.path("type").asString())) {
			return "1";
		}
		if (schema != null && "boolean".equals(schema.path("type").asString())) {
			return "true";
		}
		if (schema != null && "date".equals(schema.path("format").asString())) {
			return "2025-06-01";
		}
		if (schema != null && "string".equals(schema.path("type").asString()) && !"uuid".equals(schema.path("format").asString())
				&& schema.has("enum")) {
			return schema.get("enum").get(0).asString();
		}
		return UUID.randomUUID().toString();
	}

	/** A body of the operation's schema with every field at an extreme: huge numbers, null items, long text. */
	String hostile(JsonNode spec) {
		JsonNode schema = resolve(spec.path("requestBody").path("content").path("application/json").path("schema"));
		var body = new LinkedHashMap<String, Object>();
		if (schema.has("properties")) {
			for (var name : schema.get("properties").propertyNames()) {
				JsonNode property = resolve(schema.get("properties").get(name));
				String type = property.path("type").asString();
				body.put(name, switch (type) {
					case "integer" -> new java.math.BigInteger("99999999999999999999");
					case "number" -> new java.math.BigDecimal("1e300");
					case "array" -> java.util.Arrays.asList(null, null);
					case "boolean" -> "not-a-boolean";
					case "object" -> List.of(1);
					default -> "x".repeat(70_000) + "\u0000";
				});
			}
		}
		else if ("array".equals(schema.path("type").asString())) {
			return "[null, null]";
		}
		return json.writeValueAsString(body);
	}

	private JsonNode resolve(JsonNode schema) {
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
			return api.path("components").path("schemas").path(name);
		}
		return schema;
	}

	private String firstId(String path) throws Exception {
		var response = mvc.perform(request(HttpMethod.GET, path).with(httpBasic("admin", PASSWORD))).andReturn()
				.getResponse();
		if (response.getStatus() != 200 || response.getContentType() == null || !response.getContentType().contains("json")) {
			return null;
		}
		JsonNode body = json.readTree(response.getContentAsString());
		JsonNode first = body.isArray() ? body.path(0) : body.path("items").path(0);
		for (String field : List.of("id", "code", "username", "orderCode")) {
			if (first.has(field) && first.get(field).isString()) {
				return first.get(field).asString();
			}
		}
		return null;
	}

	private static RequestPostProcessor as(String username, String role, boolean api) {
		if (role == null) {
			return request -> request;
		}
		return api ? httpBasic(username, PASSWORD) : user(username).roles(role);
	}

	/** Operations whose malformed-input failures are known and still open (the list only shrinks). */
	static Set<String> knownFailures() throws IOException {
		var resource = new ClassPathResource("probe-known-failures.txt");
		if (!resource.exists()) {
			return Set.of();
		}
		try (InputStream in = resource.getInputStream()) {
			Set<String> known = new TreeSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					known.add(line.strip());
				}
			}
			return known;
		}
	}

	static Map<String, Set<String>> declaredModel() throws IOException {
		Map<String, Set<String>> model = new TreeMap<>();
		try (InputStream in = new ClassPathResource("access-model.txt").getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				String[] parts = text.split("\\s+");
				Set<String> roles = new TreeSet<>();
				if (parts.length > 2 && !parts[2].equals("-")) {
					roles.addAll(List.of(parts[2].split(",")));
				}
				model.put(parts[0] + " " + parts[1], roles);
			}
		}
		return model;
	}

	private static void write(Map<String, Set<String>> observed) throws IOException {
		StringBuilder text = new StringBuilder();
		observed.forEach((key, roles) -> text.append(key).append(' ')
				.append(roles.isEmpty() ? "-" : String.join(",", roles)).append('\n'));
		Files.writeString(Path.of("target", "access-model.observed.txt"), text);
	}

	private static String abbreviate(@org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			return "";
		}
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}
}
