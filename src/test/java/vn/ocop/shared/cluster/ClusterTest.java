package vn.ocop.shared.cluster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application context of a cluster node, as the {@code cluster} profile configures it: sessions in the
 * database, scheduler locks, files in the database and the change feed. The scheduled jobs do not start by
 * themselves (the tests run them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ocop.cluster.enabled=true", "spring.autoconfigure.exclude=", "ocop.test.database=ocop-cluster",
		"spring.session.jdbc.initialize-schema=never", "ocop.storage.type=database",
		"ocop.cluster.poll-interval=PT1S", "ocop.cluster.position-file=${java.io.tmpdir}/ocop-test-${random.uuid}.position",
		"ocop.portal.catalogue.refresh-interval=PT10000H", "ocop.certification.expiry-initial-delay=PT10000H",
		"ocop.monitoring.reminder-initial-delay=PT10000H", "ocop.programme.reminder-initial-delay=PT10000H" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@interface ClusterTest {
}
