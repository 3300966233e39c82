package vn.ocop.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.ocop.support.RegistryFixtures;

/** Producers in the programme and reports through the API, for the reporting and inspection tests. */
public final class MonitoringFixtures {

	public static final String PASSWORD = RegistryFixtures.PASSWORD;
	/** Xã Đức Lĩnh (huyện Vũ Quang 441) until June 2025, Xã Mai Hoa (directly under the province) from July 2025. */
	public static final String DUC_LINH = "18322";
	public static final String VU_QUANG = "441";

	private final MockMvc mvc;
	private final RegistryFixtures registry;

	public MonitoringFixtures(MockMvc mvc) {
		this.mvc = mvc;
		this.registry = new RegistryFixtures(mvc);
	}

	public static RequestPostProcessor basic(String user) {
		return httpBasic(user, PASSWORD);
	}

	/** A signed-in page session (pages use form login, not HTTP Basic). */
	public static RequestPostProcessor page(String user, String role) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user)
				.roles(role);
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	/** A producer in the commune, linked to the account, with a product selected into the programme. */
	public UUID producerInProgramme(String name, String communeCode, String account) throws Exception {
		UUID producer = registry.producer(name, communeCode, account);
		String json = mvc.perform(post("/api/v1/products").with(basic("admin")).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","producerId":"%s","productSetCode":"1048-01","communeCode":"%s","cycleYear":2019}"""
						.formatted("Sản phẩm của " + name, producer, communeCode)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String product = JsonPath.read(json, "$.id");
		mvc.perform(post("/api/v1/products/" + product + "/selection").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"selected\":true}")).andExpect(status().isOk());
		return producer;
	}

	public ResultActions report(String user, UUID producer, String period, long revenue, int workers) throws Exception {
		return mvc.perform(post("/api/v1/reports/monthly").with(basic(user)).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"producerId":"%s","period":"%s","productionVolume":1250.5,"revenueVnd":%d,"workers":%d,
						 "salesChannels":["DIRECT","ONLINE"],"difficulties":"Thiếu vốn mở rộng nhà xưởng",
						 "supportRequests":"Hỗ trợ tham gia hội chợ"}"""
						.formatted(producer, period, revenue, workers)));
	}

	public static byte[] jpeg() {
		var image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(200, 120, 30));
		g.fillRect(0, 0, 80, 60);
		g.dispose();
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
