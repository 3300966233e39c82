package vn.ocop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.ocop.content.PublishedContent;
import vn.ocop.identity.UserManagement;
import vn.ocop.portal.Catalogue;
import vn.ocop.portal.CatalogueQuery;

/**
 * The demo module booted with every module it writes demo data into (all its dependencies), on its own empty
 * in-memory database with the demo on: the demo is written there once, at start, by this context alone. Here the
 * demo data is the subject, not a fixture: the accounts, each in its unit with the demo password, and the portal's
 * catalogue and news that the demo fills; a second start on a database with accounts writes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:demo-module;DB_CLOSE_DELAY=-1",
		"ocop.demo.enabled=true" })
class DemoModuleTests {

	@Autowired
	UserManagement users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	DemoData demo;

	@Autowired
	Catalogue catalogue;

	@Autowired
	PublishedContent content;

	@Test
	void shouldCreateEveryDemoAccountInItsUnitWithItsRole() {
		for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
			assertThat(users.find(account.username())).as(account.username()).hasValueSatisfying(u -> {
				assertThat(u.displayName()).isEqualTo(account.displayName());
				assertThat(u.roles()).containsExactly(account.role());
				assertThat(u.unitCode()).isEqualTo(account.unitCode());
				assertThat(u.enabled()).isTrue();
				assertThat(u.locked()).isFalse();
			});
		}
		assertThat(users.count()).isGreaterThanOrEqualTo(DemoData.ACCOUNTS.size());
		assertThat(DemoData.ACCOUNTS).extracting(DemoData.DemoAccount::username).contains("admin", "producer",
				"commune", "district", "council1", "council5", "inspector", "editor");
		for (String username : List.of("admin", "producer", "editor")) {
			assertThat(passwords.matches("ocop-demo", accounts.loadUserByUsername(username).getPassword()))
					.as(username + " signs in with the demo password").isTrue();
		}
	}

	@Test
	void shouldFillThePortalsCatalogueAndNews() {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(catalogue.search(CatalogueQuery.all()).total()).isPositive();
			assertThat(content.latest(List.of(), 5)).isNotEmpty();
		});
		assertThat(catalogue.search(CatalogueQuery.all()).items())
				.allSatisfy(item -> assertThat(item.certificateStatus()).isIn("VALID", "DOWNGRADED"));
	}

	@Test
	void shouldWriteNothingWhenTheDatabaseHasAccountsAlready() {
		await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(catalogue.search(CatalogueQuery.all()).total()).isPositive());
		long accounts = users.count();
		long catalogued = catalogue.search(CatalogueQuery.all()).total();

		demo.seed();

		assertThat(users.count()).isEqualTo(accounts);
		assertThat(catalogue.search(CatalogueQuery.all()).total()).isEqualTo(catalogued);
	}
}
