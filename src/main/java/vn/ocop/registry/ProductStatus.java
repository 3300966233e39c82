package vn.ocop.registry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.ocop.shared.BusinessRuleException;

/**
 * Where a product stands in the OCOP cycle. Only the transitions listed in {@link #next()} are legal.
 */
public enum ProductStatus {
	/** Phiếu đăng ký ý tưởng sản phẩm đã nộp. */
	IDEA_REGISTERED,
	/** Được huyện (từ 7/2025: xã) lựa chọn tham gia chu trình. */
	SELECTED,
	/** Không được lựa chọn. */
	NOT_SELECTED,
	/** Hồ sơ đầy đủ đã nộp để đánh giá. */
	SUBMITTED,
	/** Hồ sơ bị cán bộ xã/huyện trả lại để chủ thể bổ sung (lý do ghi rõ phần còn thiếu), rồi nộp lại. */
	RETURNED,
	/** Đang được hội đồng đánh giá, phân hạng. */
	UNDER_EVALUATION,
	/** Đạt từ 50 điểm (3 sao) trở lên. */
	RATED,
	/** Dưới 50 điểm. */
	NOT_RATED,
	/** Được công nhận và cấp giấy chứng nhận. */
	CERTIFIED,
	/** Giấy chứng nhận hết hiệu lực. */
	EXPIRED,
	/** Bị thu hồi giấy chứng nhận. */
	REVOKED,
	/** Chủ thể rút khỏi chu trình. */
	WITHDRAWN;

	private static final Map<ProductStatus, Set<ProductStatus>> NEXT = Map.ofEntries(
			Map.entry(IDEA_REGISTERED, EnumSet.of(SELECTED, NOT_SELECTED, WITHDRAWN)),
			Map.entry(SELECTED, EnumSet.of(SUBMITTED, WITHDRAWN)),
			Map.entry(NOT_SELECTED, EnumSet.noneOf(ProductStatus.class)),
			Map.entry(SUBMITTED, EnumSet.of(UNDER_EVALUATION, RETURNED, WITHDRAWN)),
			Map.entry(RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN)),
			Map.entry(UNDER_EVALUATION, EnumSet.of(RATED, NOT_RATED)),
			Map.entry(RATED, EnumSet.of(CERTIFIED, UNDER_EVALUATION)),
			Map.entry(NOT_RATED, EnumSet.of(SUBMITTED)),
			Map.entry(CERTIFIED, EnumSet.of(EXPIRED, REVOKED, UNDER_EVALUATION)),
			Map.entry(EXPIRED, EnumSet.of(SUBMITTED, UNDER_EVALUATION)),
			Map.entry(REVOKED, EnumSet.noneOf(ProductStatus.class)),
			Map.entry(WITHDRAWN, EnumSet.noneOf(ProductStatus.class)));

	/** Statuses in which the producer may still change the description and the dossier. */
	static final Set<ProductStatus> OPEN_FOR_CHANGES = EnumSet.of(IDEA_REGISTERED, SELECTED, RETURNED, NOT_RATED,
			CERTIFIED, EXPIRED);

	/** The statuses this one may move to. */
	public Set<ProductStatus> next() {
		return NEXT.get(this);
	}

	public boolean canMoveTo(ProductStatus target) {
		return next().contains(target);
	}

	/** Refuses (409, naming both statuses) a move this status does not allow. */
	void requireMoveTo(ProductStatus target) {
		if (!canMoveTo(target)) {
			throw illegalMoveTo(target);
		}
	}

	/** The refusal of a move to the target, naming this status and the target. */
	BusinessRuleException illegalMoveTo(ProductStatus target) {
		return new BusinessRuleException(BusinessRuleException.Kind.CONFLICT,
				Map.of("currentStatus", name(), "requestedStatus", target.name()), "registry.product.illegalTransition",
				name(), target.name());
	}

	/** Refuses (409) a change of the description or the dossier once the product is before a council or decided. */
	void requireOpenForChanges() {
		if (!OPEN_FOR_CHANGES.contains(this)) {
			throw new BusinessRuleException(BusinessRuleException.Kind.CONFLICT, Map.of("currentStatus", name()),
					"registry.product.locked", name());
		}
	}

	/** The funnel stage a product in this status has reached: 0 registered … 4 certified. */
	public int funnelStage() {
		switch (this) {
			case SELECTED:
			case RETURNED:
				return 1;
			case SUBMITTED:
				return 2;
			case UNDER_EVALUATION:
			case RATED:
			case NOT_RATED:
				return 3;
			case CERTIFIED:
			case EXPIRED:
			case REVOKED:
				return 4;
			default:
				return 0;
		}
	}
}
