package vn.ocop.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The web server's worker threads: a few per processor unless set ({@link WorkerThreads}). */
class WorkerThreadsTests {

	private final int cores = Runtime.getRuntime().availableProcessors();

	@Test
	void fourPerProcessorByDefault() {
		var environment = environment(Map.of());
		assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(Math.max(8, 4 * cores));
	}

	@Test
	void perProcessorAsConfigured() {
		var environment = environment(Map.of("ocop.web.threads-per-core", "32"));
		assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(Math.max(8, 32 * cores));
	}

	@Test
	void anExplicitMaximumWins() {
		var environment = environment(Map.of("server.tomcat.threads.max", "200"));
		assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(200);
		assertThat(environment.getPropertySources().contains("ocopWorkerThreads")).isFalse();
	}

	@Test
	void neverFewerThanEight() {
		var environment = environment(Map.of("ocop.web.threads-per-core", "1"));
		assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(Math.max(8, cores));
	}

	@Test
	void everyStartAppliesIt() throws Exception {
		boolean registered = false;
		for (var factories : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
			var properties = PropertiesLoaderUtils.loadProperties(new UrlResource(factories));
			String names = properties.getProperty(EnvironmentPostProcessor.class.getName(), "");
			registered |= Arrays.stream(names.split(",")).map(String::strip).anyMatch(WorkerThreads.class.getName()::equals);
		}
		assertThat(registered).isTrue();
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new WorkerThreads().postProcessEnvironment(environment, null);
		return environment;
	}
}
