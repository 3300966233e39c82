package vn.ocop.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ocop.content.ArticleDraft;
import vn.ocop.content.ArticleKind;
import vn.ocop.content.ContentManagement;
import vn.ocop.criteria.CriteriaApi;
import vn.ocop.criteria.DossierType;
import vn.ocop.criteria.Scorecard;
import vn.ocop.evaluation.Attendance;
import vn.ocop.evaluation.AttendanceStatus;
import vn.ocop.evaluation.CouncilLevel;
import vn.ocop.evaluation.EvaluationManagement;
import vn.ocop.evaluation.MemberRole;
import vn.ocop.evaluation.NewCouncil;
import vn.ocop.registry.CycleView;
import vn.ocop.registry.ProducerFilter;
import vn.ocop.registry.ProductDetails;
import vn.ocop.registry.RegistrationType;
import vn.ocop.registry.RegistryManagement;

/**
 * What the other demo classes leave nobody waiting on (issue 16: every demo role has something on its work list
 * today): a session of the provincial council opened today for a product of this year's cycle, attendance recorded
 * and one member's scorecard in draft, so that every council member has a scorecard to fill in; and an article of
 * the editor returned by the office with a note, to revise. Dates from the clock; a failure leaves the rest of the
 * demo as it is.
 */
@Component
class WorkListDemoData {

	private static final Logger log = LoggerFactory.getLogger(WorkListDemoData.class);
	private static final String[] MEMBERS = { "council1", "council2", "council3", "council4", "council5" };

	private final RegistryManagement registry;
	private final EvaluationManagement evaluation;
	private final ContentManagement content;
	private final CriteriaApi criteria;
	private final TransactionTemplate transaction;
	private final Clock clock;

	WorkListDemoData(RegistryManagement registry, EvaluationManagement evaluation, ContentManagement content,
			CriteriaApi criteria, PlatformTransactionManager transactions, Clock clock) {
		this.registry = registry;
		this.evaluation = evaluation;
		this.content = content;
		this.criteria = criteria;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener(DemoDataCreated.class)
	@Order(40)
	void create() {
		try {
			transaction.executeWithoutResult(status -> openSession(LocalDate.now(clock)));
		}
		catch (RuntimeException e) {
			log.warn("Demo mode: no open evaluation session: {}", e.toString());
		}
		try {
			transaction.executeWithoutResult(status -> returnedArticle());
		}
		catch (RuntimeException e) {
			log.warn("Demo mode: no returned article: {}", e.toString());
		}
		try {
			transaction.executeWithoutResult(status -> selectedForSonHong(LocalDate.now(clock)));
		}
		catch (RuntimeException e) {
			log.warn("Demo mode: no dossier to complete for HTX Nhung hươu Sơn Hồng: {}", e.toString());
		}
	}

	/** HTX Nhung hươu Sơn Hồng (account producer-hs): a product of this year's cycle selected, its dossier begun. */
	private void selectedForSonHong(LocalDate today) {
		CycleView cycle = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.cycles().stream()
				.filter(c -> c.year() == today.getYear()).findFirst().orElse(null));
		UUID producer = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.producers(ProducerFilter.none(),
				PageRequest.of(0, 200)).stream().filter(p -> "3001234564".equals(p.registrationNumber()))
				.map(p -> p.id()).findFirst().orElse(null));
		if (cycle == null || producer == null) {
			return;
		}
		var sets = criteria.productSets(cycle.regulationCode()).stream()
				.filter(s -> s.regulationCode().equals(cycle.regulationCode())).toList();
		if (sets.isEmpty()) {
			return;
		}
		String set = sets.stream().filter(s -> s.code().endsWith("-08")).findFirst().orElse(sets.get(0)).code();
		UUID product = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.registerProduct(producer,
				new ProductDetails("Cao nhung hươu Sơn Hồng", set, CurrentCycleDemoData.SON_HONG,
						RegistrationType.NEW_PRODUCT, "Cao nhung hươu nấu cách thủy với thảo dược, hũ sứ 100 g.", null,
						"Hũ sứ 100 g, hộp giấy", "24 tháng", "hũ", 1_500_000L, null, null),
				cycle.year()).id());
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.decideSelection(product, true,
				"Sản phẩm chế biến sâu từ nhung hươu Hương Sơn, có thị trường; hoàn thiện hồ sơ theo quy định."));
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.documentTypes(cycle.regulationCode())).stream()
				.filter(t -> t.required()).findFirst().ifPresent(t -> upload(product, t.code()));
		log.info("Demo mode: a dossier to complete for HTX Nhung hươu Sơn Hồng");
	}

	/** A product of this year's cycle filed and put before the provincial council today, members still scoring. */
	private void openSession(LocalDate today) {
		Scorecard scorecard = criteria.scorecard(AuthorityDemoData.SET).orElse(null);
		CycleView cycle = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.cycles().stream()
				.filter(c -> c.year() == today.getYear()).findFirst().orElse(null));
		if (scorecard == null || cycle == null || !AuthorityDemoData.REGULATION
				.equals(criteria.ruleFor(today, DossierType.FIRST).regulation().code())) {
			log.info("Demo mode: no open session (no {} scorecard or no cycle of {})", AuthorityDemoData.REGULATION,
					today.getYear());
			return;
		}
		UUID producer = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.producers(ProducerFilter.none(),
				PageRequest.of(0, 200)).stream().filter(p -> AuthorityDemoData.PRODUCER.equals(p.registrationNumber()))
				.map(p -> p.id()).findFirst().orElse(null));
		if (producer == null) {
			return;
		}
		UUID product = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.registerProduct(producer,
				new ProductDetails("Cam cảnh để bàn Vũ Quang", AuthorityDemoData.SET, CurrentCycleDemoData.MAI_HOA,
						RegistrationType.NEW_PRODUCT,
						"Cây cam chanh ghép lùn trồng chậu gốm nhỏ, cao 40–60 cm, đặt bàn làm việc và phòng khách.", null,
						"Chậu gốm, có thẻ truy xuất", "—", "cây", 850_000L, null, null),
				cycle.year()).id());
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.decideSelection(product, true,
				"Sản phẩm cây cảnh nhỏ từ giống cam địa phương, bán được quanh năm."));
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.documentTypes(AuthorityDemoData.REGULATION)).stream()
				.filter(t -> t.required()).forEach(t -> upload(product, t.code()));
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> registry.submit(product));
		var council = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> evaluation.createCouncil(new NewCouncil(
				CouncilLevel.PROVINCE, DemoData.HA_TINH, cycle.year(),
				"Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm " + cycle.year() + " — phiên tháng "
						+ today.getMonthValue(),
				List.of(new NewCouncil.Member("council1", MemberRole.CHAIR),
						new NewCouncil.Member("council2", MemberRole.STANDING_VICE_CHAIR),
						new NewCouncil.Member("council3", MemberRole.MEMBER),
						new NewCouncil.Member("council4", MemberRole.MEMBER),
						new NewCouncil.Member("council5", MemberRole.EXPERT)))));
		var session = DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> evaluation.open(council.id(), List.of(product)));
		DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.recordAttendance(session.id(),
				java.util.Arrays.stream(MEMBERS).map(m -> new Attendance(m, AttendanceStatus.PRESENT, null)).toList()));
		DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.checkDisqualifiers(session.id(), product, false,
				null));
		// the chair has started: part of the scorecard answered, saved as a draft
		Map<String, @Nullable Integer> picks = new LinkedHashMap<>();
		CertificationDemoData.picksFor(scorecard, 70).entrySet().stream().limit(10)
				.forEach(e -> picks.put(e.getKey(), e.getValue()));
		DemoSecurity.as("council1", "COUNCIL_MEMBER", () -> evaluation.save(session.id(), product, picks, false));
		log.info("Demo mode: an evaluation session open today for {} members", MEMBERS.length);
	}

	/** The editor's article returned by the office with a note. */
	private void returnedArticle() {
		UUID id = DemoSecurity.as("editor", "EDITOR", () -> {
			var draft = content.write(new ArticleDraft(ArticleKind.GOOD_MODEL,
					"Hợp tác xã trồng cam liên kết bao tiêu sản phẩm với siêu thị",
					"Mô hình liên kết chuỗi giá trị cam Vũ Quang.",
					"<p>Hợp tác xã ký hợp đồng bao tiêu với hệ thống siêu thị trong tỉnh.</p>", null, null));
			content.submit(draft.id());
			return draft.id();
		});
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> content.returnToDraft(id,
				"Bổ sung số liệu sản lượng, giá bán và ảnh minh họa của hợp tác xã trước khi đăng."));
		log.info("Demo mode: an article returned to the editor with a note");
	}

	private void upload(UUID id, String type) {
		DemoSecurity.as("admin", "PROVINCE_ADMIN", () -> {
			try {
				return registry.upload(id, type, type.toLowerCase() + ".pdf",
						new ByteArrayInputStream(RegistryDemoData.DEMO_PDF));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
