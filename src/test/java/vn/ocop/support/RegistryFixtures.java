package vn.ocop.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Builds registry records through the JSON API, as the provincial office would: a producer and products taken
 * to SUBMITTED in the demo 2019 cycle (1048/QĐ-TTg), for tests of the later steps of the cycle.
 */
public final class RegistryFixtures {

	public static final String PASSWORD = "ocop-demo";
	public static final String PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

	private static final AtomicLong NUMBERS = new AtomicLong(3007000000L + (System.nanoTime() % 100000) * 10);

	private final MockMvc mvc;

	public RegistryFixtures(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A new producer in the commune (e.g. 18322, Đức Lĩnh in Vũ Quang), optionally linked to an account. */
	public UUID producer(String name, String communeCode, String linkedAccount) throws Exception {
		String json = mvc.perform(post("/api/v1/producers").with(httpBasic("admin", PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"%s","legalForm":"COOPERATIVE","registrationNumber":"%d","communeCode":"%s"}"""
								.formatted(name, NUMBERS.incrementAndGet(), communeCode)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(json, "$.id"));
		if (linkedAccount != null) {
			mvc.perform(post("/api/v1/producers/" + id + "/accounts").with(httpBasic("admin", PASSWORD))
					.contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + linkedAccount + "\"}"))
					.andExpect(status().isOk());
		}
		return id;
	}

	/** A product of the producer, selected, with the four required documents, submitted. */
	public UUID submittedProduct(UUID producerId, String name, String communeCode) throws Exception {
		String json = mvc.perform(post("/api/v1/products").with(httpBasic("admin", PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content("""
								{"name":"%s","producerId":"%s","productSetCode":"1048-01","communeCode":"%s","cycleYear":2019}"""
								.formatted(name, producerId, communeCode)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(json, "$.id"));
		mvc.perform(post("/api/v1/products/" + id + "/selection").with(httpBasic("admin", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("{\"selected\":true}")).andExpect(status().isOk());
		for (String type : new String[] { "REGISTRATION_FORM", "BUSINESS_PLAN", "ORGANISATION_DESCRIPTION",
				"BUSINESS_REGISTRATION" }) {
			mvc.perform(multipart("/api/v1/products/" + id + "/documents")
					.file(new MockMultipartFile("file", type + ".pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII)))
					.param("type", type).with(httpBasic("admin", PASSWORD))).andExpect(status().isCreated());
		}
		mvc.perform(post("/api/v1/products/" + id + "/submission").with(httpBasic("admin", PASSWORD)))
				.andExpect(status().isOk());
		return id;
	}
}
