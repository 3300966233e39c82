package vn.ocop.support;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;

/**
 * The support items of the plan (what the office pays for, for whom, up to what): the office writes them, everyone
 * signed in reads the active ones, officers every one. Requests for an item are {@link SupportManagement}'s.
 */
@Service
@Transactional
public class SupportCatalogue {

	private final SupportItems items;
	private final SupportAccess access;
	private final Clock clock;

	SupportCatalogue(SupportItems items, SupportAccess access, Clock clock) {
		this.items = items;
		this.access = access;
		this.clock = clock;
	}

	/** The support items; producers see the active ones only. */
	@Transactional(readOnly = true)
	public List<SupportItemView> items() {
		var user = access.user();
		return items.findAllByOrderByCodeAsc().stream().filter(i -> i.isActive() || SupportAccess.isOfficer(user))
				.map(SupportItem::toView).toList();
	}

	@Transactional(readOnly = true)
	public SupportItemView item(UUID id) {
		access.user();
		return load(id).toView();
	}

	public SupportItemView createItem(SupportItemDetails details) {
		var user = access.requireOffice();
		details.requireValid();
		if (items.findByCode(details.normalisedCode()).isPresent()) {
			throw BusinessRuleException.conflict("support.item.code.taken", details.code().strip());
		}
		return items.save(new SupportItem(details, clock.instant(), user.username())).toView();
	}

	public SupportItemView updateItem(UUID id, SupportItemDetails details) {
		access.requireOffice();
		details.requireValid();
		var item = load(id);
		items.findByCode(details.normalisedCode()).filter(o -> !o.getId().equals(id)).ifPresent(o -> {
			throw BusinessRuleException.conflict("support.item.code.taken", details.code().strip());
		});
		item.describe(details);
		return item.toView();
	}

	public SupportItemView activateItem(UUID id, boolean active) {
		access.requireOffice();
		var item = load(id);
		item.activate(active);
		return item.toView();
	}

	private SupportItem load(UUID id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("support.item.notFound", id));
	}
}
