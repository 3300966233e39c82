package vn.ocop.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.ocop.shared.web.NavigationItem;

/**
 * Hooks the change capture into Hibernate while the persistence unit is built, before any data (including the
 * seeding at start-up) is written, and contributes the log's entry to the navigation.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	HibernatePropertiesCustomizer auditChangeCapture(Clock clock) {
		var capture = new ChangeCapture(clock);
		Integrator integrator = new Integrator() {
			@Override
			public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
					SessionFactoryImplementor sessionFactory) {
				var listeners = sessionFactory.getEventListenerRegistry();
				listeners.appendListeners(EventType.POST_INSERT, capture);
				listeners.appendListeners(EventType.POST_UPDATE, capture);
				listeners.appendListeners(EventType.POST_DELETE, capture);
				listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, capture);
				listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, capture);
				listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, capture);
			}
		};
		return properties -> {
			// keep integrators that others may have contributed the same way
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

	@Bean
	NavigationItem auditNav() {
		return NavigationItem.of("nav.audit", "/admin/audit", 90, "PROVINCE_ADMIN");
	}
}
