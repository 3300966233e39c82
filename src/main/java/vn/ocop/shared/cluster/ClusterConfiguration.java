package vn.ocop.shared.cluster;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

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

	/** Writes the changes of {@link ClusterBroadcast} entities to the change feed, in their transaction. */
	@Bean
	HibernatePropertiesCustomizer changeFeedWriter() {
		var writer = new FeedWriter();
		Integrator integrator = new Integrator() {
			@Override
			public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
					SessionFactoryImplementor sessionFactory) {
				var listeners = sessionFactory.getEventListenerRegistry();
				listeners.appendListeners(EventType.POST_INSERT, writer);
				listeners.appendListeners(EventType.POST_UPDATE, writer);
				listeners.appendListeners(EventType.POST_DELETE, writer);
			}
		};
		return properties -> {
			Object existing = properties.get(JpaSettings.INTEGRATOR_PROVIDER);
			List<Integrator> integrators = new ArrayList<>();
			if (existing instanceof IntegratorProvider provider) {
				integrators.addAll(provider.getIntegrators());
			}
			integrators.add(integrator);
			List<Integrator> all = List.copyOf(integrators);
			properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> all);
		};
	}
}
