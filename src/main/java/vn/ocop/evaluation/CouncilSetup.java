package vn.ocop.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.geography.GeographyApi;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.identity.UserManagement;
import vn.ocop.shared.BusinessRuleException;

/**
 * Setting up councils (thành lập hội đồng) and their operating rules: the provincial office, or a district/commune
 * officer for a council of its own level and area; every member an account with the COUNCIL_MEMBER role.
 */
@Service
@Transactional
public class CouncilSetup {

	private final Councils councils;
	private final EvaluationAccess access;
	private final GeographyApi geography;
	private final UserManagement users;
	private final Clock clock;

	CouncilSetup(Councils councils, EvaluationAccess access, GeographyApi geography, UserManagement users, Clock clock) {
		this.councils = councils;
		this.access = access;
		this.geography = geography;
		this.users = users;
		this.clock = clock;
	}

	/** Sets up a council; every member must be an account with the COUNCIL_MEMBER role. */
	public CouncilView createCouncil(NewCouncil command) {
		CurrentUser user = access.user();
		String unitCode = command.unitCode().strip();
		if (!access.mayManage(user, command.level(), unitCode)) {
			throw new AccessDeniedException("Not allowed to set up this council");
		}
		if (geography.versionsOf(unitCode).isEmpty()) {
			throw BusinessRuleException.unprocessable("geography.unit.unknown", command.unitCode());
		}
		List<CouncilMember> members = new ArrayList<>();
		for (NewCouncil.Member member : command.members()) {
			String username = member.username().strip().toLowerCase(Locale.ROOT);
			var account = users.find(username)
					.orElseThrow(() -> BusinessRuleException.unprocessable("evaluation.council.unknownMember", username));
			if (!account.roles().contains(Role.COUNCIL_MEMBER)) {
				throw BusinessRuleException.unprocessable("evaluation.council.notCouncilMember", username);
			}
			members.add(new CouncilMember(username, member.role()));
		}
		var council = new Council(command.level(), unitCode, command.year(), command.name(), members,
				command.rules() == null ? CouncilRules.NATIONAL : command.rules(), clock.instant(), user.username());
		return councils.save(council).toView();
	}

	/**
	 * Changes a council's operating rules (quorum, spread threshold, re-scoring): the office, or the officer of the
	 * council's own level. Sessions already opened keep the rules they were opened under.
	 */
	public CouncilView changeRules(UUID councilId, CouncilRules rules) {
		var council = access.council(councilId);
		if (!access.mayManage(access.user(), council.getLevel(), council.getUnitCode())) {
			throw new AccessDeniedException("Not allowed to change this council's rules");
		}
		council.changeRules(rules);
		return councils.save(council).toView();
	}

	/** Whether the user may set up or change the council: the office, or the officer of its own level and area. */
	@Transactional(readOnly = true)
	public boolean mayManage(UUID councilId) {
		var council = access.council(councilId);
		return access.mayManage(access.user(), council.getLevel(), council.getUnitCode());
	}

	/** The councils the user sees: their own, and those of their area for officers. */
	@Transactional(readOnly = true)
	public List<CouncilView> councils() {
		CurrentUser user = access.user();
		return councils.findAllByOrderByYearDescNameAsc().stream().filter(c -> access.canSee(user, c))
				.map(Council::toView).toList();
	}

	@Transactional(readOnly = true)
	public CouncilView council(UUID id) {
		var council = access.council(id);
		if (!access.canSee(access.user(), council)) {
			throw new AccessDeniedException("Council outside scope");
		}
		return council.toView();
	}
}
