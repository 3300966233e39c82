package vn.ocop.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.RatedProducts;

/**
 * Certified products for the portal tests, through the real registry, council and certification flow; each run
 * names them with a made-up word so that searches find them and nothing else of the shared database.
 */
final class PortalFixtures {

	static final String DUC_LINH = "18322";
	static final String PHO_CHAU = "18133";
	private static final AtomicInteger DECISIONS = new AtomicInteger(new Random().nextInt(100_000));

	final MockMvc mvc;
	final RatedProducts products;
	final String token;

	PortalFixtures(MockMvc mvc, CriteriaApi criteria) {
		this.mvc = mvc;
		this.products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		this.token = word();
	}

	/** A made-up word of eight letters (no Vietnamese word, so only our products have it). */
	static String word() {
		var random = new Random();
		var word = new StringBuilder("Zy");
		for (int i = 0; i < 6; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	/** Issues the certificate of a rated product by a decision of today; its code. */
	String issue(UUID product) throws Exception {
		String json = mvc.perform(post("/api/v1/certificates").with(httpBasic("admin", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"productId\":\"" + product + "\",\"decisionNumber\":\"P" + DECISIONS.incrementAndGet()
						+ "/QĐ-UBND\",\"decisionDate\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) + "\",\"signer\":\"Trần Báu Hà\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.code");
	}

	void revoke(String code) throws Exception {
		mvc.perform(post("/api/v1/certificates/" + code + "/revoke").with(httpBasic("admin", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"reason":"Vi phạm quy định ghi nhãn","decisionNumber":"R%d/QĐ-UBND","decisionDate":"%s","groundCode":"LAW_BREACH"}"""
						.formatted(DECISIONS.incrementAndGet(), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))))
				.andExpect(status().isOk());
	}

	void downgrade(String code, int stars) throws Exception {
		mvc.perform(post("/api/v1/certificates/" + code + "/downgrade").with(httpBasic("admin", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"stars":%d,"reason":"Không duy trì chứng nhận","decisionNumber":"H%d/QĐ-UBND","decisionDate":"%s"}"""
						.formatted(stars, DECISIONS.incrementAndGet(), LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))))
				.andExpect(status().isOk());
	}
}
