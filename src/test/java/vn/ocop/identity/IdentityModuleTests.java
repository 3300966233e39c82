package vn.ocop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.ocop.shared.BusinessRuleException;
import vn.ocop.geography.UnitAt;

/**
 * The identity module booted alone with the administrative units of geography (an account is bound to a unit that
 * must exist, and its scope follows the structure in force). Its own empty in-memory database and no demo data:
 * every account is the test's, under a name of its own. A sustained attack is three failures here.
 */
@ApplicationModuleTest(extraIncludes = "geography")
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:identity-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=false", "ocop.security.attack-failures=3", "ocop.security.lock-minutes=15" })
class IdentityModuleTests {

	/** Huyện Vũ Quang and xã Đức Lĩnh in it (until July 2025). */
	static final String VU_QUANG = "441";
	static final String DUC_LINH = "18322";

	@Autowired
	UserManagement users;

	@Autowired
	ApplicationEventPublisher publisher;

	@Test
	void shouldCreateAnAccountOnceAndOnlyInAKnownUnit() {
		String name = name("vq");
		long before = users.count();

		var created = users.create(newUser(name, Role.DISTRICT_OFFICER, VU_QUANG));

		assertThat(created.username()).isEqualTo(name);
		assertThat(created.enabled()).isTrue();
		assertThat(created.locked()).isFalse();
		assertThatThrownBy(() -> users.create(newUser(name.toUpperCase(java.util.Locale.ROOT), Role.PRODUCER, VU_QUANG)))
				.isInstanceOfSatisfying(BusinessRuleException.class, e -> {
					assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
					assertThat(e.messageCode()).isEqualTo("identity.user.exists");
				});
		assertThatThrownBy(() -> users.create(newUser(name("nowhere"), Role.PRODUCER, "99999")))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("geography.unit.unknown"));
		assertThat(users.count()).isEqualTo(before + 1);
	}

	@Test
	void shouldLockAnAccountOnASustainedAttackAndTellItsOwner(AssertablePublishedEvents events) {
		String name = name("target");
		users.create(newUser(name, Role.PRODUCER, DUC_LINH));

		failSignIn(name, "10.0.0.1");
		failSignIn(name, "10.0.0.2");
		assertThat(users.find(name)).hasValueSatisfying(u -> assertThat(u.locked()).isFalse());
		failSignIn(name, "10.0.0.3");

		assertThat(users.find(name)).hasValueSatisfying(u -> assertThat(u.locked()).isTrue());
		assertThat(events).contains(SignInAttackDetected.class)
				.matching(e -> e.username().equals(name) && e.failures() == 3);
	}

	@Test
	void shouldLetTheOfficeUnlockAnAccountAndCountAfresh(AssertablePublishedEvents events) {
		String name = name("unlock");
		var account = users.create(newUser(name, Role.PRODUCER, DUC_LINH));
		for (int i = 0; i < 3; i++) {
			failSignIn(name, "10.0.1." + i);
		}
		assertThat(users.get(account.id()).locked()).isTrue();

		users.unlock(account.id());
		failSignIn(name, "10.0.1.9");

		assertThat(users.get(account.id()).locked()).as("one failure after the unlock is no attack").isFalse();
	}

	@Test
	void shouldNameTheEnabledOfficersWhoseUnitCoversACommuneOnTheDay() {
		String district = name("district");
		String commune = name("commune");
		String elsewhere = name("elsewhere");
		users.create(newUser(district, Role.DISTRICT_OFFICER, VU_QUANG));
		var communeAccount = users.create(newUser(commune, Role.COMMUNE_OFFICER, DUC_LINH));
		users.create(newUser(elsewhere, Role.DISTRICT_OFFICER, "442"));

		var covering = users.usernamesCovering(new UnitAt(DUC_LINH, LocalDate.of(2024, 6, 1)), Role.DISTRICT_OFFICER,
				Role.COMMUNE_OFFICER);
		assertThat(covering).contains(district, commune).doesNotContain(elsewhere);

		users.disable(communeAccount.id());
		assertThat(users.usernamesCovering(new UnitAt(DUC_LINH, LocalDate.of(2024, 6, 1)), Role.COMMUNE_OFFICER))
				.doesNotContain(commune);
		assertThat(users.emailOf(commune)).as("a disabled account is not written to").isEmpty();
	}

	@Test
	void shouldRefuseToDisableTwiceAndAShortPassword() {
		var account = users.create(newUser(name("twice"), Role.INSPECTOR, VU_QUANG));
		users.disable(account.id());
		assertThatThrownBy(() -> users.disable(account.id())).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageCode()).isEqualTo("identity.user.alreadyDisabled"));
		users.enable(account.id());
		assertThatThrownBy(() -> users.enable(account.id())).isInstanceOfSatisfying(BusinessRuleException.class,
				e -> assertThat(e.messageCode()).isEqualTo("identity.user.alreadyEnabled"));
		assertThatThrownBy(() -> users.resetPassword(account.id(), "short"))
				.isInstanceOfSatisfying(BusinessRuleException.class,
						e -> assertThat(e.messageCode()).isEqualTo("identity.password.tooShort"));
		assertThat(users.get(account.id()).enabled()).isTrue();
	}

	private void failSignIn(String username, String client) {
		var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-password");
		var request = new org.springframework.mock.web.MockHttpServletRequest();
		request.setRemoteAddr(client);
		attempt.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(request));
		publisher.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
				new BadCredentialsException("Bad credentials")));
	}

	private static NewUser newUser(String username, Role role, String unit) {
		return new NewUser(username, "Tài khoản " + username, username + "@example.vn", "mat-khau-dai", Set.of(role),
				unit);
	}

	private static String name(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}
}
