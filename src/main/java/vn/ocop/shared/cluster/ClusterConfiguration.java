package vn.ocop.shared.cluster;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Several nodes on one database ({@code ocop.cluster.enabled=true}, set by the {@code cluster} profile): the
 * scheduled jobs marked {@code @SchedulerLock} run on one node at a time, under a lock row in the {@code shedlock}
 * table taken by the database's clock (so the nodes' clocks need not agree). A node that dies while holding a lock
 * frees it after {@code lockAtMostFor}; the next run on any live node then does the work. Each job is idempotent
 * (it records what it did: reminders sent, certificates expired), so a run after another finds nothing left to do;
 * the lock keeps two nodes from doing the same work at the same moment. A single node (the default) takes no locks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ocop.cluster.enabled", havingValue = "true")
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", defaultLockAtLeastFor = "PT5S")
class ClusterConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
				.withJdbcTemplate(new JdbcTemplate(dataSource))
				.usingDbTime()
				.build());
	}
}
