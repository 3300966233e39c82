package vn.ocop.support;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For the PostgreSQL suite ({@code -Docop.test.db=postgres}, set by the Maven profile {@code postgres}): creates the
 * test database if needed and empties it once before any test runs, so that Flyway builds the schema from scratch
 * exactly as in production.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!"postgres".equals(System.getProperty("ocop.test.db"))) {
			return;
		}
		String url = System.getProperty("spring.datasource.url");
		String user = System.getProperty("spring.datasource.username", "postgres");
		String password = System.getProperty("spring.datasource.password", "");
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("The PostgreSQL suite needs spring.datasource.url");
		}
		createDatabaseIfMissing(url, user, password);
		try (var connection = DriverManager.getConnection(url, user, password); var statement = connection.createStatement()) {
			statement.execute("drop schema if exists public cascade");
			statement.execute("create schema public");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot reset the PostgreSQL test database " + url, e);
		}
	}

	private static void createDatabaseIfMissing(String url, String user, String password) {
		int slash = url.lastIndexOf('/');
		int query = url.indexOf('?', slash);
		String database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
		String adminUrl = url.substring(0, slash + 1) + "postgres";
		try (var connection = DriverManager.getConnection(adminUrl, user, password);
				var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			check.setString(1, database);
			try (var rows = check.executeQuery()) {
				if (!rows.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database \"" + database.replace("\"", "") + "\"");
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot reach PostgreSQL at " + adminUrl + " — is the server running?", e);
		}
	}
}
