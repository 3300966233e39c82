package vn.ocop.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.content.ArticleDraft;
import vn.ocop.content.ArticleKind;
import vn.ocop.content.ContentManagement;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.CatalogueItem;

/**
 * Editorial demo content about OCOP in Hà Tĩnh: published news, a good-model story, a product story (about a
 * certified demo product when the catalogue has one), an article scheduled for next week and a draft in review —
 * written by the {@code editor} account and approved by {@code admin}.
 */
@Component
class PortalDemoData {

	private static final Logger log = LoggerFactory.getLogger(PortalDemoData.class);

	private final ContentManagement content;
	private final Catalogue catalogue;
	private final Clock clock;

	PortalDemoData(ContentManagement content, Catalogue catalogue, Clock clock) {
		this.content = content;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@EventListener(DemoDataCreated.class)
	@Order(20)
	void create() {
		CatalogueItem product = catalogue.featured(1).stream().findFirst().orElse(null);
		publish(new ArticleDraft(ArticleKind.NEWS, "Hà Tĩnh tổng kết chu trình OCOP năm 2019",
				"Năm đầu triển khai Chương trình Mỗi xã một sản phẩm, các xã trong tỉnh đăng ký hàng chục ý tưởng sản phẩm.",
				"""
				<p>Thực hiện Quyết định 490/QĐ-TTg và Kế hoạch của UBND tỉnh, năm 2019 Hà Tĩnh lần đầu tổ chức đầy đủ chu trình OCOP: \
				tuyên truyền, nhận ý tưởng sản phẩm, hướng dẫn phương án sản xuất kinh doanh và đánh giá, xếp hạng sản phẩm.</p>
				<h2>Những con số đáng chú ý</h2>
				<ul><li>Các huyện, thị xã, thành phố đều có ý tưởng sản phẩm đăng ký.</li>\
				<li>Hội đồng cấp tỉnh đánh giá theo Bộ tiêu chí ban hành kèm Quyết định 1048/QĐ-TTg.</li></ul>
				<p>Danh sách sản phẩm được công nhận được công bố tại <a href="/products">danh mục sản phẩm OCOP</a>.</p>""",
				null, null), null);
		publish(new ArticleDraft(ArticleKind.GOOD_MODEL, "Hợp tác xã kiểu mới: liên kết trồng cam ở Vũ Quang",
				"Liên kết từ vùng trồng đến tiêu thụ giúp quả cam Vũ Quang có mặt ở nhiều siêu thị.",
				"""
				<p>Ở xã Đức Lĩnh, hợp tác xã đứng ra thống nhất quy trình chăm sóc, thu hái và đóng gói, \
				gắn tem truy xuất nguồn gốc cho từng hộp cam.</p>
				<blockquote>„Có tem OCOP, khách hàng tin hơn và giá bán ổn định hơn.“</blockquote>
				<p>Mô hình đang được nhân rộng sang các xã trồng bưởi Phúc Trạch ở Hương Khê.</p>""", null, null), null);
		publish(new ArticleDraft(ArticleKind.PRODUCT_STORY,
				product == null ? "Câu chuyện sản phẩm: kẹo cu đơ Hà Tĩnh" : "Câu chuyện sản phẩm: " + product.name(),
				"Loạt bài „Câu chuyện sản phẩm“ giới thiệu người làm ra những sản phẩm OCOP của Hà Tĩnh.",
				"""
				<p>Mỗi sản phẩm OCOP mang theo câu chuyện của một vùng đất: nguyên liệu địa phương, bí quyết truyền \
				từ đời trước và những con người bền bỉ giữ nghề.</p>
				<h2>Từ làng nghề đến thị trường</h2>
				<p>Nhờ tham gia Chương trình, chủ thể chuẩn hoá bao bì, nhãn mác và đạt chứng nhận an toàn thực phẩm.</p>""",
				null, product == null ? null : product.productId()), null);
		publish(new ArticleDraft(ArticleKind.NEWS, "Hội chợ sản phẩm OCOP Hà Tĩnh sắp khai mạc",
				"Hơn 100 gian hàng sản phẩm OCOP của các địa phương trong tỉnh.",
				"<p>Hội chợ giới thiệu sản phẩm OCOP của tỉnh sẽ diễn ra tại thành phố Hà Tĩnh.</p>", null, null),
				Duration.ofDays(7));
		DemoSecurity.as("editor", "EDITOR", () -> {
			var draft = content.write(new ArticleDraft(ArticleKind.NEWS, "Tập huấn xây dựng phương án kinh doanh cho chủ thể OCOP",
					null, "<p>Sở Nông nghiệp phối hợp tổ chức lớp tập huấn cho các chủ thể mới tham gia.</p>", null, null));
			content.submit(draft.id());
		});
		log.info("Portal demo data: 4 approved articles (1 scheduled), 1 in review{}",
				product == null ? "" : ", a product story about " + product.name());
	}

	private void publish(ArticleDraft draft, @Nullable Duration later) {
		UUID id = DemoSecurity.as("editor", "EDITOR", () -> {
			var written = content.write(draft);
			content.submit(written.id());
			return written.id();
		});
		DemoSecurity.as("admin", "PROVINCE_ADMIN",
				() -> content.approve(id, later == null ? null : clock.instant().plus(later)));
	}
}
