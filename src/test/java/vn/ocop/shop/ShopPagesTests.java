package vn.ocop.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.ocop.criteria.CriteriaApi;
import vn.ocop.support.RatedProducts;

/**
 * The shop's pages: the public catalogue, the cart priced by the server, checkout through the form (errors named in
 * Vietnamese), the confirmation with its VietQR code, tracking; the producer's selling page and order actions; the
 * office's overview, closed to producers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ShopPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CriteriaApi criteria;

	@Autowired
	ShopManagement shop;

	@Test
	void shouldSellThroughThePublicPagesAndWorkTheOrderOnTheProducersPage() throws Exception {
		var products = new RatedProducts(mvc, criteria.scorecard("1048-01").orElseThrow());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		UUID producer = products.producer("HTX Trang " + suffix, "18322", "producer");
		UUID product = products.submitted(producer, "Kẹo lạc " + suffix, "18322", null, false);
		products.certified(product, 62);
		String listing = JsonPath.read(mvc.perform(post("/api/v1/shop/listings").with(httpBasic("producer", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"productId":"%s","title":"Kẹo lạc Trang %s","variant":"Gói 500 g","unit":"gói","priceVnd":32500,"stock":12}"""
						.formatted(product, suffix)))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(put("/api/v1/shop/producers/" + producer + "/bank-account").with(httpBasic("producer", RatedProducts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bankBin\":\"970405\",\"accountNumber\":\"3704205999999\",\"accountName\":\"HTX Trang\"}"))
				.andExpect(status().isOk());
		String commune = shop.communesOf("42").get(0).code();

		// a photo, checked by its content, shown to anyone
		var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/shop/listings/" + listing + "/photos")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "anh.png", "image/png", "not an image".getBytes()))
				.with(httpBasic("producer", RatedProducts.PASSWORD))).andExpect(status().isUnprocessableContent());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/shop/listings/" + listing + "/photos")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "anh.png", "image/png", png.toByteArray()))
				.with(httpBasic("producer", RatedProducts.PASSWORD))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/shop/listings/" + listing + "/photos/0")).andExpect(status().isOk())
				.andExpect(content().contentType("image/png"));

		// the public catalogue, the listing, the cart priced by the server, the communes of the address form
		mvc.perform(get("/shop").param("q", "keo lac trang " + suffix)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Kẹo lạc Trang " + suffix)))
				.andExpect(content().string(containsString("32.500 ₫")));
		// the rendered grid is kept, but never past a change of a listing: paused, it leaves the page at once
		mvc.perform(post("/api/v1/shop/listings/" + listing + "/pause").with(httpBasic("producer", RatedProducts.PASSWORD)))
				.andExpect(status().isOk());
		mvc.perform(get("/shop").param("q", "keo lac trang " + suffix)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Kẹo lạc Trang " + suffix))));
		mvc.perform(post("/api/v1/shop/listings/" + listing + "/resume").with(httpBasic("producer", RatedProducts.PASSWORD)))
				.andExpect(status().isOk());
		mvc.perform(get("/shop").param("q", "keo lac trang " + suffix)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Kẹo lạc Trang " + suffix)));
		mvc.perform(get("/shop/listings/" + listing)).andExpect(status().isOk())
				.andExpect(content().string(containsString("Gói 500 g")));
		mvc.perform(get("/shop/cart")).andExpect(status().isOk()).andExpect(content().string(containsString("checkout-form")));
		mvc.perform(get("/shop/cart/items").param("items", listing + ":3,not-an-id:2"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("97.500 ₫")));
		mvc.perform(get("/shop/communes").param("provinceCode", "42")).andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + commune + "\"")));

		// a bad phone number: the form again, the error in Vietnamese, nothing placed
		mvc.perform(post("/shop/checkout").with(csrf()).param("items", listing + ":3").param("name", "Lê Thị Mai")
				.param("phone", "12345").param("address", "Xóm 1").param("provinceCode", "42").param("communeCode", commune)
				.param("paymentMethod", "BANK_TRANSFER"))
				.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Số điện thoại không hợp lệ")));
		// every bad field at once, each marked with its own message (issue 16: forms tell everything at once)
		String all = mvc.perform(post("/shop/checkout").with(csrf()).param("items", listing + ":3").param("name", "")
				.param("phone", "12345").param("email", "không-phải-email").param("address", "").param("provinceCode", "42")
				.param("communeCode", "").param("paymentMethod", "BANK_TRANSFER"))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(all).contains("5 mục thông tin người nhận cần sửa", "id=\"checkout-errors\"", "id=\"name-error\"",
				"id=\"phone-error\"", "id=\"email-error\"", "id=\"address-error\"", "id=\"communeCode-error\"",
				"Số điện thoại không hợp lệ");
		assertThat(all.split("is-invalid", -1)).hasSize(6);
		// a payment method the form does not know is marked too (issue 17; was a 400)
		mvc.perform(post("/shop/checkout").with(csrf()).param("items", listing + ":3").param("name", "Lê Thị Mai")
				.param("phone", "0915 222 333").param("address", "Xóm 1").param("provinceCode", "42")
				.param("communeCode", commune).param("paymentMethod", "BITCOIN"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"paymentMethod-error\"")));

		MockHttpSession session = new MockHttpSession();
		String location = mvc.perform(post("/shop/checkout").session(session).with(csrf()).param("items", listing + ":3")
				.param("name", "Lê Thị Mai").param("phone", "0915 222 333").param("email", "")
				.param("address", "Xóm 1").param("provinceCode", "42").param("communeCode", commune)
				.param("paymentMethod", "BANK_TRANSFER"))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/shop/checkout/OC");
		String checkoutCode = location.substring("/shop/checkout/".length());
		mvc.perform(get(location).session(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString(checkoutCode)))
				.andExpect(content().string(containsString("<svg")))
				.andExpect(content().string(containsString("97.500 ₫")));
		// another browser does not see it without the phone number
		mvc.perform(get(location)).andExpect(status().is3xxRedirection());
		String orderCode = checkoutCode + "-1";
		mvc.perform(get("/shop/track").param("code", orderCode).param("phone", "0915222333"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Đã đặt")));
		mvc.perform(get("/shop/track").param("code", orderCode).param("phone", "0915222334"))
				.andExpect(status().isOk()).andExpect(content().string(not(containsString("tracked-order"))));

		// the producer's page lists the listing and the order; it confirms the order there
		mvc.perform(get("/shop/manage").with(user("producer").roles("PRODUCER"))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Kẹo lạc Trang " + suffix)))
				.andExpect(content().string(containsString(orderCode)));
		mvc.perform(post("/shop/manage/orders/" + orderCode + "/confirm").with(csrf()).with(user("producer").roles("PRODUCER")))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/shop/manage/orders/" + orderCode).with(user("producer").roles("PRODUCER")))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Đã xác nhận")));
		mvc.perform(get("/shop/manage/orders/" + orderCode).with(user("producer-hs").roles("PRODUCER")))
				.andExpect(status().isForbidden());

		// the producer's forms show a bad input beside its field and change nothing (issue 17)
		var seller = user("producer").roles("PRODUCER");
		mvc.perform(post("/shop/manage/listings/" + listing).with(csrf()).with(seller).param("title", "Kẹo lạc Trang " + suffix)
				.param("unit", "gói").param("priceVnd", "không biết").param("stock", "12"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("aria-describedby=\"priceVnd-error\"")))
				.andExpect(content().string(containsString("id=\"priceVnd-error\">Giá bán phải là số nguyên")));
		mvc.perform(post("/shop/manage/listings").with(csrf()).with(seller).param("productId", product.toString())
				.param("title", " ").param("unit", "gói").param("priceVnd", "1000").param("stock", "1"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"title-error\">Tên hiển thị là bắt buộc")));
		mvc.perform(post("/shop/manage/bank-account/" + producer).with(csrf()).with(seller).param("bankBin", "12")
				.param("accountNumber", "3704205999999").param("accountName", "HTX Trang"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"bankBin-error\">Mã ngân hàng (BIN NAPAS) gồm 6 chữ số")));
		mvc.perform(get("/shop/listings/" + listing)).andExpect(status().isOk())
				.andExpect(content().string(containsString("32.500 ₫")));
		mvc.perform(get("/shop/manage").with(seller)).andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"970405\"")));
		mvc.perform(post("/shop/manage/orders/" + orderCode + "/pack").with(csrf()).with(seller))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/shop/manage/orders/" + orderCode + "/ship").with(csrf()).with(seller).param("carrier", " ")
				.param("trackingCode", "VN123"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("id=\"carrier-error\">Hãy nhập đơn vị vận chuyển.")));
		mvc.perform(get("/shop/manage/orders/" + orderCode).with(seller))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Đã đóng gói")));

		// the office's overview; not for producers
		mvc.perform(get("/shop/office").with(user("admin").roles("PROVINCE_ADMIN"))).andExpect(status().isOk())
				.andExpect(content().string(containsString(orderCode)));
		mvc.perform(get("/shop/office").with(user("producer").roles("PRODUCER"))).andExpect(status().isForbidden());
		mvc.perform(get("/shop/manage")).andExpect(status().is3xxRedirection());
	}
}
