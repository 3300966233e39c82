package vn.ocop.shared.web;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * How many requests the web server works on at once: {@code ocop.web.threads-per-core} (4 by default) for each
 * processor, at least 8, unless {@code server.tomcat.threads.max} is set.
 * <p>
 * Why not Tomcat's 200: the requests of this application mostly compute (the catalogue's index and the embedded
 * database are in the process), and at 50 clients on two cores Tomcat's default let all 50 share the processors at
 * once, so every request took as long as the slowest and the p95 of the public pages grew to two or three times
 * their mean. With a few threads per core the others wait in Tomcat's queue, in arrival order, and a worker that
 * finishes takes the next one itself: the same throughput, and the p95 close to the mean (README, issue 19: at 100,000
 * catalogue entries, the public API's p95 97 ms with 200 threads, 59 ms with 8 per core, 49 ms with 4). Four per
 * core still leave room for requests that wait on PostgreSQL (its pool has 20 connections), mail or a file; a
 * deployment whose requests wait longer raises it.
 * Registered in {@code META-INF/spring.factories}, so that tests and every way of starting see the same default.
 */
public class WorkerThreads implements EnvironmentPostProcessor {

	static final String MAX_THREADS = "server.tomcat.threads.max";

	static final String PER_CORE = "ocop.web.threads-per-core";

	static final int DEFAULT_PER_CORE = 4;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(MAX_THREADS)) {
			return;
		}
		int perCore = environment.getProperty(PER_CORE, Integer.class, DEFAULT_PER_CORE);
		int threads = Math.max(8, perCore * Runtime.getRuntime().availableProcessors());
		environment.getPropertySources().addLast(new MapPropertySource("ocopWorkerThreads", Map.of(MAX_THREADS, threads)));
	}
}
