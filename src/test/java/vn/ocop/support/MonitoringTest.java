package vn.ocop.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application context of the reporting and inspection integration tests (one context shared by both): the
 * whole application with MockMvc, a {@link MovableClock}, the scheduled reminder job off (tests run it on the day
 * they choose), e-mail to GreenMail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ocop.monitoring.reminder-job=false", "ocop.certification.expiry-job=false",
		"spring.mail.host=127.0.0.1", "spring.mail.port=${ocop.test.smtp.monitoring}" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
public @interface MonitoringTest {
}
