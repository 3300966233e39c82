package vn.ocop.demo;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.ocop.identity.NewUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;

/**
 * Creates the demo accounts (all with the password {@value #PASSWORD}) when the database has no account yet.
 * Runs after the reference data (administrative units) is loaded.
 */
@Component
@ConditionalOnProperty(name = "ocop.demo.enabled", havingValue = "true")
class DemoData {

	static final String PASSWORD = "ocop-demo";

	/** GSO codes used by the demo: the province, Vũ Quang and Hương Sơn districts, and communes in them. */
	static final String HA_TINH = "42";
	static final String VU_QUANG = "441";
	static final String HUONG_SON = "439";
	static final String DUC_LINH = "18322";
	static final String SON_HONG = "18139";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	record DemoAccount(String username, String displayName, @Nullable String email, Role role, String unitCode) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "Văn phòng điều phối OCOP tỉnh Hà Tĩnh", "ocop@hatinh.gov.vn", Role.PROVINCE_ADMIN, HA_TINH),
			new DemoAccount("district", "Nguyễn Thị Hà (Phòng NN&PTNT huyện Vũ Quang)", "ocop.vuquang@hatinh.gov.vn", Role.DISTRICT_OFFICER, VU_QUANG),
			new DemoAccount("district-hs", "Trần Văn Sơn (Phòng NN&PTNT huyện Hương Sơn)", "ocop.huongson@hatinh.gov.vn", Role.DISTRICT_OFFICER, HUONG_SON),
			new DemoAccount("commune", "Lê Văn Lĩnh (UBND xã Đức Lĩnh)", null, Role.COMMUNE_OFFICER, DUC_LINH),
			new DemoAccount("council1", "Phạm Quang Đức (Chủ tịch Hội đồng)", "council1@hatinh.gov.vn", Role.COUNCIL_MEMBER, HA_TINH),
			new DemoAccount("council2", "Đặng Thị Thu (Sở Công Thương)", null, Role.COUNCIL_MEMBER, HA_TINH),
			new DemoAccount("council3", "Hoàng Minh Tuấn (Sở Khoa học và Công nghệ)", null, Role.COUNCIL_MEMBER, HA_TINH),
			new DemoAccount("council4", "Võ Thị Lan (Sở Y tế)", null, Role.COUNCIL_MEMBER, HA_TINH),
			new DemoAccount("council5", "Bùi Văn Hùng (chuyên gia)", null, Role.COUNCIL_MEMBER, HA_TINH),
			new DemoAccount("producer", "HTX Cam Vũ Quang (Nguyễn Văn Cam)", "htxcamvuquang@example.vn", Role.PRODUCER, DUC_LINH),
			new DemoAccount("producer-hs", "HTX Nhung hươu Sơn Hồng (Lê Thị Hồng)", null, Role.PRODUCER, SON_HONG),
			new DemoAccount("inspector", "Ngô Văn Kiểm (Chi cục Quản lý chất lượng)", "kiemtra@hatinh.gov.vn", Role.INSPECTOR, HA_TINH),
			new DemoAccount("editor", "Đỗ Thị Biên (Cổng thông tin OCOP)", "bientap@hatinh.gov.vn", Role.EDITOR, HA_TINH));

	private final UserManagement users;
	private final RegistryDemoData registry;
	private final org.springframework.transaction.support.TransactionTemplate transaction;

	private final org.springframework.context.ApplicationEventPublisher events;

	DemoData(UserManagement users, RegistryDemoData registry,
			org.springframework.transaction.PlatformTransactionManager transactions,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.registry = registry;
		this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void seed() {
		if (users.count() > 0) {
			log.info("Demo mode: accounts exist already, no demo data created");
			return;
		}
		// all or nothing: a failure leaves the database empty, to be tried again at the next start
		transaction.executeWithoutResult(status -> createAll());
		events.publishEvent(new DemoDataCreated());
	}

	private void createAll() {
		ACCOUNTS.forEach(a -> users.create(new NewUser(a.username(), a.displayName(), a.email(), PASSWORD,
				Set.of(a.role()), a.unitCode())));
		log.info("Demo mode: created {} demo accounts (password '{}')", ACCOUNTS.size(), PASSWORD);
		registry.create();
	}
}
