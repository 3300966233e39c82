package vn.ocop.certification;

import vn.ocop.support.MovableClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The application context of the certification tests (shared by all of them): the whole application with MockMvc,
 * a {@link MovableClock}, the scheduled expiry job off (the tests run it with the day they choose) and e-mail sent
 * to a GreenMail server the tests start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ocop.certification.expiry-job=false", "spring.mail.host=127.0.0.1",
		"spring.mail.port=${ocop.test.smtp.certification}" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
@RecordApplicationEvents
@interface CertificationTest {
}
