package vn.ocop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The account aggregate guards its transitions: enabled and disabled, locked for a while on a sustained attack and
 * unlocked by the office or by a new password, always with at least one role.
 */
class UserAccountTests {

	static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	UserAccount account = new UserAccount("  Cán.Bo.VQ ", "Cán bộ Vũ Quang", " vq@hatinh.gov.vn ", "{bcrypt}hash",
			Set.of(Role.DISTRICT_OFFICER), "441", NOW);

	@Test
	void shouldStartEnabledUnlockedWithANormalisedUsername() {
		assertThat(account.getUsername()).isEqualTo("cán.bo.vq");
		assertThat(account.getEmail()).isEqualTo("vq@hatinh.gov.vn");
		assertThat(account.isEnabled()).isTrue();
		assertThat(account.isLocked(NOW)).isFalse();
		assertThat(account.getFailedLogins()).isZero();
		assertThat(account.hasRole(Role.DISTRICT_OFFICER)).isTrue();
	}

	@Test
	void shouldCountFailuresAndLockOnlyWhenToldUntilTheGivenTime() {
		account.recordFailedLogin();
		account.recordFailedLogin();
		assertThat(account.getFailedLogins()).isEqualTo(2);
		assertThat(account.isLocked(NOW)).as("failures alone slow the client down, they do not lock").isFalse();

		Instant until = NOW.plus(Duration.ofMinutes(15));
		account.lockUntil(until);

		assertThat(account.isLocked(NOW)).isTrue();
		assertThat(account.isLocked(until.minusSeconds(1))).isTrue();
		assertThat(account.isLocked(until)).as("the lock ends by itself").isFalse();
		assertThat(account.getFailedLogins()).as("counted afresh after the lock").isZero();
	}

	@Test
	void shouldBeUnlockedByTheOfficeOrByANewPassword() {
		account.lockUntil(NOW.plus(Duration.ofMinutes(15)));
		account.unlock();
		assertThat(account.isLocked(NOW)).isFalse();
		assertThat(account.getLockedUntil()).isNull();

		account.recordFailedLogin();
		account.lockUntil(NOW.plus(Duration.ofMinutes(15)));
		account.resetPassword("{bcrypt}new");
		assertThat(account.isLocked(NOW)).isFalse();
		assertThat(account.getFailedLogins()).isZero();
		assertThat(account.getPasswordHash()).isEqualTo("{bcrypt}new");
	}

	@Test
	void shouldForgetFailuresOnASuccessfulSignIn() {
		account.recordFailedLogin();
		account.recordSuccessfulLogin(NOW);
		assertThat(account.getFailedLogins()).isZero();
		assertThat(account.getLastLoginAt()).isEqualTo(NOW);
	}

	@Test
	void shouldRefuseToDisableTwiceOrToEnableAnEnabledAccount() {
		assertThatThrownBy(account::enable).isInstanceOf(IllegalStateException.class);
		account.disable();
		assertThat(account.isEnabled()).isFalse();
		assertThatThrownBy(account::disable).isInstanceOf(IllegalStateException.class);
		account.enable();
		assertThat(account.isEnabled()).isTrue();
	}

	@Test
	void shouldAlwaysKeepARoleAndAUnit() {
		assertThatThrownBy(() -> account.assignRoles(Set.of())).isInstanceOf(IllegalArgumentException.class);
		assertThat(account.getRoles()).containsExactly(Role.DISTRICT_OFFICER);
		assertThatThrownBy(() -> account.bindToUnit(" ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(account.getUnitCode()).isEqualTo("441");

		account.assignRoles(Set.of(Role.COMMUNE_OFFICER, Role.INSPECTOR));
		account.bindToUnit("18322");
		assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.COMMUNE_OFFICER, Role.INSPECTOR);
		assertThat(account.getUnitCode()).isEqualTo("18322");
	}
}
