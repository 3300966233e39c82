package vn.ocop.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerDetails;
import vn.ocop.registry.ProductDetails;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;

/**
 * History: the 2019 OCOP cycle of Hà Tĩnh under Decision 1048/QĐ-TTg and the structure of that time (districts,
 * pre-July-2025 communes), as in the provincial plan, with real products of the province at every step of the front
 * half of the cycle: ideas the district never decided, selected products, submitted dossiers (the fresh produce
 * with photos), a rejected idea and a withdrawn one. The demo producers are created here; the cycle of the current
 * year is {@link CurrentCycleDemoData}.
 */
@Component
class RegistryDemoData {

	static final String REGULATION = "1048/QĐ-TTg";
	static final int YEAR = 2019;

	private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

	/** Where a demo product gets to in the cycle. */
	enum Step {
		REGISTERED, SELECTED, REJECTED, SUBMITTED, WITHDRAWN
	}

	record DemoProducer(String name, LegalForm legalForm, String registrationNumber, String communeCode,
			String representative, @Nullable String phone, @Nullable String account, int members, int workers,
			int women, int ethnicMinority, boolean newlyFounded, List<DemoProduct> products) {
	}

	record DemoProduct(String name, String productSetCode, RegistrationType type, String description,
			@Nullable String ingredients, @Nullable String packaging, @Nullable Long priceVnd, @Nullable String unit,
			@Nullable String story, Step step) {
	}

	static final List<DemoProducer> PRODUCERS = List.of(
			new DemoProducer("Hợp tác xã Cam Vũ Quang", LegalForm.COOPERATIVE, "3001234561", DemoData.DUC_LINH,
					"Nguyễn Văn Cam", "0912345601", "producer", 25, 40, 18, 0, false, List.of(
							new DemoProduct("Cam Vũ Quang", "1048-01", RegistrationType.EXISTING_PRODUCT,
									"Cam chanh trồng trên đất đồi Vũ Quang, quả tròn, vỏ mỏng, vị ngọt thanh, chín vào dịp Tết.",
									"Cam chanh tươi", "Hộp carton 5 kg có tem truy xuất", 35_000L, "kg",
									"Từ những năm 1990, người dân Đức Lĩnh đưa cây cam lên đồi; hôm nay cam Vũ Quang đã thành thương hiệu của cả huyện.",
									Step.SUBMITTED),
							new DemoProduct("Nước cam ép Vũ Quang", "1048-18", RegistrationType.NEW_PRODUCT,
									"Nước cam ép nguyên chất, đóng chai thủy tinh 250 ml, không chất bảo quản.",
									"Cam Vũ Quang 100%", "Chai thủy tinh 250 ml", 25_000L, "chai", null, Step.REGISTERED))),
			new DemoProducer("Hộ kinh doanh Mật ong Ân Phú", LegalForm.HOUSEHOLD_BUSINESS, "3001234562", "18316",
					"Trần Thị Mật", "0912345602", null, 3, 4, 2, 0, true, List.of(
							new DemoProduct("Mật ong rừng Vũ Quang", "1048-04", RegistrationType.NEW_PRODUCT,
									"Mật ong khai thác từ rừng quốc gia Vũ Quang, màu hổ phách, thơm mùi hoa rừng.",
									"Mật ong rừng", "Chai 500 ml", 250_000L, "chai", null, Step.REGISTERED))),
			new DemoProducer("Tổ hợp tác Chè xanh Hương Minh", LegalForm.COOPERATIVE_GROUP, "3001234563", "18340",
					"Lê Văn Chè", null, null, 12, 15, 9, 0, false, List.of(
							new DemoProduct("Chè xanh Hương Minh", "1048-12", RegistrationType.EXISTING_PRODUCT,
									"Chè búp tươi và chè khô sao thủ công từ đồi chè Hương Minh.", "Búp chè", "Túi 200 g",
									60_000L, "túi", null, Step.SELECTED))),
			new DemoProducer("Hợp tác xã Nhung hươu Sơn Hồng", LegalForm.COOPERATIVE, "3001234564", DemoData.SON_HONG,
					"Lê Thị Hồng", "0912345604", "producer-hs", 30, 35, 12, 0, false, List.of(
							new DemoProduct("Nhung hươu Hương Sơn", "1048-19", RegistrationType.EXISTING_PRODUCT,
									"Nhung hươu sấy khô từ đàn hươu sao nuôi tại Hương Sơn, sản phẩm mang chỉ dẫn địa lý.",
									"Nhung hươu sao", "Hộp gỗ 100 g", 3_500_000L, "hộp",
									"Nghề nuôi hươu ở Hương Sơn có từ đầu thế kỷ XX; nhung hươu Hương Sơn được bảo hộ chỉ dẫn địa lý.",
									Step.SUBMITTED))),
			new DemoProducer("Hợp tác xã Cam bù Sơn Phú", LegalForm.COOPERATIVE, "3001234565", "18217",
					"Phan Văn Bù", null, null, 20, 28, 10, 0, true, List.of(
							new DemoProduct("Cam bù Hương Sơn", "1048-01", RegistrationType.EXISTING_PRODUCT,
									"Cam bù quả to, vỏ sần, vị ngọt đậm, thu hoạch tháng Chạp.", null, "Túi lưới 5 kg",
									40_000L, "kg", null, Step.SUBMITTED))),
			new DemoProducer("Hợp tác xã Bưởi Phúc Trạch", LegalForm.COOPERATIVE, "3001234566", "18547",
					"Hoàng Văn Bưởi", "0912345606", null, 45, 60, 25, 0, false, List.of(
							new DemoProduct("Bưởi Phúc Trạch", "1048-01", RegistrationType.EXISTING_PRODUCT,
									"Bưởi Phúc Trạch — đặc sản Hương Khê được bảo hộ chỉ dẫn địa lý, múi hồng, mọng nước.",
									null, "Túi lưới có tem chỉ dẫn địa lý", 45_000L, "quả", null, Step.SUBMITTED))),
			new DemoProducer("Hợp tác xã Chanh Thượng Lộc", LegalForm.COOPERATIVE, "3001234567", "18478",
					"Đinh Văn Chanh", null, null, 15, 18, 8, 0, true, List.of(
							new DemoProduct("Cam chanh Thượng Lộc", "1048-01", RegistrationType.NEW_PRODUCT,
									"Cam chanh trồng theo hướng hữu cơ tại xã Thượng Lộc, Can Lộc.", null, null, 30_000L,
									"kg", null, Step.REGISTERED))),
			new DemoProducer("Cơ sở Nước mắm Chiến Thắng", LegalForm.HOUSEHOLD_BUSINESS, "3001234568", "18781",
					"Võ Văn Thắng", "0912345608", null, 4, 9, 5, 0, false, List.of(
							new DemoProduct("Nước mắm Chiến Thắng", "1048-10", RegistrationType.EXISTING_PRODUCT,
									"Nước mắm cá cơm truyền thống ủ chượp 12 tháng trong thùng gỗ tại Kỳ Ninh.",
									"Cá cơm, muối biển", "Chai thủy tinh 500 ml", 90_000L, "chai",
									"Làng nghề nước mắm Kỳ Ninh là sản phẩm thí điểm OCOP năm 2019 của Hà Tĩnh.", Step.SUBMITTED))),
			new DemoProducer("Hợp tác xã Hải sản Cẩm Nhượng", LegalForm.COOPERATIVE, "3001234569", "18709",
					"Nguyễn Thị Mực", null, null, 18, 22, 14, 0, false, List.of(
							new DemoProduct("Mực khô Cửa Nhượng", "1048-09", RegistrationType.EXISTING_PRODUCT,
									"Mực ống câu đêm ở cửa biển Cửa Nhượng, phơi nắng tự nhiên.", "Mực ống", "Túi hút chân không 500 g",
									600_000L, "túi", null, Step.SELECTED))),
			new DemoProducer("Công ty TNHH Kẹo cu đơ Thiên Phú", LegalForm.ENTERPRISE, "3001234570", "18070",
					"Phạm Thị Phú", "0912345610", null, 0, 26, 20, 0, false, List.of(
							new DemoProduct("Kẹo cu đơ Hà Tĩnh", "1048-06", RegistrationType.EXISTING_PRODUCT,
									"Kẹo cu đơ làm từ mật mía, lạc rang, gừng, kẹp giữa hai lớp bánh tráng.",
									"Mật mía, lạc, gừng, bánh tráng", "Hộp 10 chiếc", 50_000L, "hộp",
									"Kẹo cu đơ gắn với chuyện ông đồ Tú Ân ở Nghệ Tĩnh; nay là món quà đặc trưng của Hà Tĩnh.",
									Step.SUBMITTED))),
			new DemoProducer("Hộ kinh doanh Đồ gỗ Xuân Hội", LegalForm.HOUSEHOLD_BUSINESS, "3001234571", "18355",
					"Trần Văn Mộc", null, null, 2, 5, 1, 0, false, List.of(
							new DemoProduct("Bàn ghế gỗ tạp Xuân Hội", "1048-24", RegistrationType.EXISTING_PRODUCT,
									"Bàn ghế đóng từ gỗ tạp, chưa có thiết kế riêng.", null, null, 2_000_000L, "bộ", null,
									Step.REJECTED))),
			new DemoProducer("Cơ sở Rượu nếp Đậu Liêu", LegalForm.HOUSEHOLD_BUSINESS, "3001234572", "18127",
					"Lê Văn Rượu", null, null, 2, 3, 1, 0, true, List.of(
							new DemoProduct("Rượu nếp Đậu Liêu", "1048-15", RegistrationType.NEW_PRODUCT,
									"Rượu nếp nấu thủ công.", "Gạo nếp, men lá", "Chai 500 ml", 80_000L, "chai", null,
									Step.WITHDRAWN))));

	/** A minimal valid PDF, enough to stand for a scanned form in the demo dossier. */
	static final byte[] DEMO_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
			+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	private final RegistryManagement registry;

	RegistryDemoData(RegistryManagement registry) {
		this.registry = registry;
	}

	void create() {
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> {
			if (registry.cycles().stream().noneMatch(c -> c.year() == YEAR)) {
				registry.openCycle(YEAR, REGULATION, null);
			}
		});
		int products = 0;
		for (DemoProducer p : PRODUCERS) {
			var producer = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.createProducer(new ProducerDetails(
					p.name(), p.legalForm(), p.registrationNumber(), LocalDate.of(2015, 3, 1), p.representative(), null,
					p.communeCode(), p.phone(), null, p.members(), p.workers(), p.women(), p.ethnicMinority(), YEAR,
					p.newlyFounded())));
			if (p.account() != null) {
				DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.linkAccount(producer.id(), p.account()));
			}
			for (DemoProduct d : p.products()) {
				var product = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.registerProduct(producer.id(),
						new ProductDetails(d.name(), d.productSetCode(), p.communeCode(), d.type(), d.description(),
								d.ingredients(), d.packaging(), "12 tháng", d.unit(), d.priceVnd(), null, d.story()),
						YEAR));
				advance(product.id(), d.step());
				products++;
			}
		}
		log.info("Demo mode: opened the {} cycle under {} with {} producers and {} products", YEAR, REGULATION,
				PRODUCERS.size(), products);
	}

	private void advance(UUID productId, Step step) {
		switch (step) {
			case REGISTERED -> {
			}
			case REJECTED -> DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.decideSelection(productId, false,
					"Sản phẩm chưa có nét đặc trưng của địa phương, chưa có thiết kế riêng; đề nghị hoàn thiện và đăng ký năm sau."));
			case WITHDRAWN -> DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.withdraw(productId,
					"Cơ sở chưa đủ điều kiện an toàn thực phẩm, xin rút để hoàn thiện."));
			case SELECTED -> {
				select(productId);
				upload(productId, "REGISTRATION_FORM");
			}
			case SUBMITTED -> {
				select(productId);
				for (String type : List.of("REGISTRATION_FORM", "BUSINESS_PLAN", "ORGANISATION_DESCRIPTION",
						"BUSINESS_REGISTRATION", "FOOD_SAFETY_CERTIFICATE")) {
					upload(productId, type);
				}
				DemoPhotos.Palette photo = PHOTOS.get(nameOf(productId));
				if (photo != null) {
					DemoPhotos.upload(registry, productId, photo);
				}
				DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.submit(productId));
			}
		}
	}

	/** The submitted products that have a photo in their dossier. */
	static final java.util.Map<String, DemoPhotos.Palette> PHOTOS = java.util.Map.of(
			"Cam Vũ Quang", DemoPhotos.ORANGE, "Bưởi Phúc Trạch", DemoPhotos.POMELO, "Cam bù Hương Sơn", DemoPhotos.ORANGE,
			"Nhung hươu Hương Sơn", DemoPhotos.DEER, "Nước mắm Chiến Thắng", DemoPhotos.SEA,
			"Kẹo cu đơ Hà Tĩnh", DemoPhotos.CANDY);

	private String nameOf(UUID productId) {
		return DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.product(productId).name());
	}

	private void select(UUID productId) {
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.decideSelection(productId, true,
				"Sản phẩm có tiềm năng, lợi thế của địa phương."));
	}

	private void upload(UUID productId, String type) {
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> {
			try {
				return registry.upload(productId, type, type.toLowerCase() + ".pdf", new ByteArrayInputStream(DEMO_PDF));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
