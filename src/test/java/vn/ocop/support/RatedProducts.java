package vn.ocop.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;
import vn.ocop.criteria.Scorecard;

/**
 * Takes products through the real flow to RATED, as the province would: registered, selected, dossier uploaded
 * (optionally with a product photo), submitted, then put before a provincial council whose five members all score
 * the same total on the real scorecard 1048-01; the chair closes the session. 5 × 62 gives 3★, 5 × 75 gives 4★,
 * both recognised by the province under Decision 1048.
 */
public final class RatedProducts {

	public static final String PASSWORD = RegistryFixtures.PASSWORD;
	static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final AtomicLong GTINS = new AtomicLong(System.nanoTime() % 1_000_000L);

	private final MockMvc mvc;
	private final Scorecard scorecard;
	private final RegistryFixtures registry;

	public RatedProducts(MockMvc mvc, Scorecard scorecard) {
		this.mvc = mvc;
		this.scorecard = scorecard;
		this.registry = new RegistryFixtures(mvc);
	}

	/** A producer in the commune, linked to the producer account (e.g. {@code producer}). */
	public UUID producer(String name, String communeCode, @Nullable String account) throws Exception {
		return registry.producer(name, communeCode, account);
	}

	/** A submitted product (1048-01, cycle 2019), optionally with a GTIN and a product photo. */
	public UUID submitted(UUID producerId, String name, String communeCode, @Nullable String gtin, boolean photo)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("producerId", producerId.toString());
		body.put("productSetCode", "1048-01");
		body.put("communeCode", communeCode);
		body.put("cycleYear", 2019);
		if (gtin != null) {
			body.put("gtin", gtin);
		}
		String json = mvc.perform(post("/api/v1/products").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body))).andExpect(status().isCreated()).andReturn().getResponse()
				.getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(json, "$.id"));
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(admin())
				.contentType(MediaType.APPLICATION_JSON).content("{\"selected\":true}")).andExpect(status().isOk());
		for (String type : new String[] { "REGISTRATION_FORM", "BUSINESS_PLAN", "ORGANISATION_DESCRIPTION",
				"BUSINESS_REGISTRATION" }) {
			mvc.perform(multipart("/api/v1/products/" + id + "/documents")
					.file(new MockMultipartFile("file", type + ".pdf", "application/pdf",
							RegistryFixtures.PDF.getBytes(StandardCharsets.US_ASCII)))
					.param("type", type).with(admin())).andExpect(status().isCreated());
		}
		if (photo) {
			mvc.perform(multipart("/api/v1/products/" + id + "/documents")
					.file(new MockMultipartFile("file", "anh-san-pham.png", "image/png", photo(name)))
					.param("type", "PRODUCT_PHOTO").with(admin())).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/products/" + id + "/submission").with(admin())).andExpect(status().isOk());
		return id;
	}

	/** Submitted products taken to RATED: every member of a new provincial council scores {@code total}. */
	public List<UUID> rate(int total, UUID... products) throws Exception {
		evaluate(total, products);
		return List.of(products);
	}

	/** A submitted (or certified, for a renewal) product taken to RATED with the given total. */
	public UUID rated(UUID product, int total) throws Exception {
		evaluate(total, product);
		return product;
	}

	/**
	 * A submitted product rated with {@code total} (62 gives 3★, 75 gives 4★) and certified by a decision of
	 * today; returns the certificate code. The decision's number is this JVM's own ({@code T} and a counter): a number
	 * of 1000–9999 could be one the demo data or another test had already given a decision of another day (409).
	 */
	public String certified(UUID product, int total) throws Exception {
		rated(product, total);
		String json = mvc.perform(post("/api/v1/certificates").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"productId\":\"" + product + "\",\"decisionNumber\":\"T" + GTINS.incrementAndGet()
						+ "/QĐ-UBND\",\"decisionDate\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"signer\":\"Trần Báu Hà\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.code");
	}

	/**
	 * A session of a new provincial council (council1 the chair, council2…5 members) over the submitted products,
	 * every member recorded present: the members have their scorecards to fill in. Returns the session's id.
	 */
	public String openSession(UUID... products) throws Exception {
		var members = new ArrayList<String>();
		for (int i = 0; i < MEMBERS.length; i++) {
			members.add("{\"username\":\"%s\",\"role\":\"%s\"}".formatted(MEMBERS[i], i == 0 ? "CHAIR" : "MEMBER"));
		}
		String council = JsonPath.read(mvc.perform(post("/api/v1/councils").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"level":"PROVINCE","unitCode":"42","year":2019,"name":"Hội đồng tỉnh %s","members":[%s]}"""
						.formatted(UUID.randomUUID().toString().substring(0, 8), String.join(",", members))))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		var ids = new ArrayList<String>();
		for (UUID product : products) {
			ids.add("\"" + product + "\"");
			String status = JsonPath.read(mvc.perform(get("/api/v1/products/" + product).with(admin()))
					.andReturn().getResponse().getContentAsString(), "$.status");
			if ("CERTIFIED".equals(status)) {
				// a renewal is scored under the rules in force on its filing day: filed in 2022, it is still 1048's
				mvc.perform(post("/api/v1/products/" + product + "/submission").with(admin())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"dossierType\":\"RE_EVALUATION\",\"filedOn\":\"2022-11-15\"}"))
						.andExpect(status().isOk());
			}
		}
		String session = JsonPath.read(mvc.perform(post("/api/v1/evaluations").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"councilId\":\"%s\",\"productIds\":[%s]}".formatted(council, String.join(",", ids))))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		attendAll(mvc, session, MEMBERS);
		return session;
	}

	/** The member's scorecard of the product in the session, submitted with the given total. */
	public void score(String session, UUID product, String member, int total) throws Exception {
		Map<String, Object> sheet = new LinkedHashMap<>();
		sheet.put("selections", picksFor(scorecard, total));
		sheet.put("submit", true);
		mvc.perform(put("/api/v1/evaluations/" + session + "/products/" + product + "/scorecard")
				.with(httpBasic(member, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(sheet)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(total));
	}

	private void evaluate(int total, UUID... products) throws Exception {
		String session = openSession(products);
		for (UUID product : products) {
			for (String member : MEMBERS) {
				score(session, product, member, total);
			}
		}
		mvc.perform(post("/api/v1/evaluations/" + session + "/close").with(httpBasic(MEMBERS[0], PASSWORD)))
				.andExpect(status().isOk());
	}

	/** The chair records every member present at the session's meeting (the quorum is worked out from it). */
	public static void attendAll(MockMvc mvc, String session, String... members) throws Exception {
		var entries = new ArrayList<String>();
		for (String member : members) {
			entries.add("{\"username\":\"%s\",\"status\":\"PRESENT\"}".formatted(member));
		}
		mvc.perform(put("/api/v1/evaluations/" + session + "/attendance").with(httpBasic(members[0], PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"members\":[" + String.join(",", entries) + "]}"))
				.andExpect(status().isOk());
	}

	/** A valid GTIN-13 with the Vietnamese GS1 prefix 893, different on every call. */
	public static String newGtin13() {
		String body = "893" + String.format("%09d", GTINS.incrementAndGet() % 1_000_000_000L);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			int digit = body.charAt(i) - '0';
			sum += i % 2 == 0 ? digit : digit * 3;
		}
		return body + (10 - sum % 10) % 10;
	}

	/**
	 * Picks that add up to exactly {@code total}: the best option everywhere, then, criterion by criterion, the
	 * option that takes off as much of the remaining difference as possible.
	 */
	public static Map<String, Integer> picksFor(Scorecard scorecard, int total) {
		Map<String, Integer> picks = new LinkedHashMap<>();
		int remaining = scorecard.maxPoints() - total;
		for (Scorecard.Criterion criterion : scorecard.criteria().toList()) {
			int max = criterion.maxPoints();
			// a "one of two cases" criterion: the options of the first case (enterprises, cooperatives)
			List<Scorecard.Option> offered = criterion.optionsOfCase(1);
			Scorecard.Option chosen = offered.stream().filter(o -> o.points() == max).findFirst().orElseThrow();
			for (Scorecard.Option option : offered) {
				int cut = max - option.points();
				if (cut <= remaining && cut > max - chosen.points()) {
					chosen = option;
				}
			}
			remaining -= max - chosen.points();
			picks.put(criterion.code(), chosen.code());
		}
		if (remaining != 0) {
			throw new IllegalArgumentException("Cannot reach " + total);
		}
		return picks;
	}

	private static byte[] photo(String name) {
		var image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xF2B705));
		g.fillRect(0, 0, 1200, 900);
		g.setColor(new Color(0x1E6B3A));
		g.fillOval(300, 150, 600, 600);
		g.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", PASSWORD);
	}
}
