package vn.ocop.planning;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application context of the programme tests: the whole application with MockMvc and demo data, the late-task
 * reminder job off (tests run it themselves) and e-mail sent to the GreenMail server the tests start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ocop.programme.reminder-initial-delay=PT10000H", "spring.mail.host=127.0.0.1",
		"spring.mail.port=${ocop.test.smtp.programme}" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@interface ProgrammeTest {
}
