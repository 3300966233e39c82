package vn.ocop.identity;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in; a disabled or locked account is refused by Spring Security's checks.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;
	private final Clock clock;

	AccountUserDetailsService(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByUsername(UserAccount.normalise(username))
				.orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.getUsername())
				.password(account.getPasswordHash())
				.authorities(account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
				.disabled(!account.isEnabled())
				.accountLocked(account.isLocked(clock.instant()))
				.build();
	}
}
