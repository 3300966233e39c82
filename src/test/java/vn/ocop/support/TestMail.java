package vn.ocop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server for a test class: started once for the class (not per test, so that mail sent after a
 * test's commit is not lost to a restart and no port is re-bound in a hurry), with a start-up timeout that holds on
 * a loaded machine. Messages accumulate over the class: assert on the ones a test can recognise (subject, body,
 * recipient), not on counts.
 * <p>
 * Each named server takes a free port once per test JVM and publishes it as the system property
 * {@code ocop.test.smtp.<name>}, which the test contexts read as {@code spring.mail.port=${ocop.test.smtp.<name>}};
 * so several builds can run their tests on one machine at once.
 */
public final class TestMail {

	private TestMail() {
	}

	public static GreenMailExtension server(String name) {
		var setup = new ServerSetup(port(name), "127.0.0.1", "smtp");
		setup.setServerStartupTimeout(20_000);
		return new GreenMailExtension(setup).withPerMethodLifecycle(false);
	}

	/** The port of the named server: chosen once per JVM among the free ones. */
	public static synchronized int port(String name) {
		String key = "ocop.test.smtp." + name;
		String known = System.getProperty(key);
		if (known != null) {
			return Integer.parseInt(known);
		}
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = socket.getLocalPort();
			System.setProperty(key, Integer.toString(port));
			return port;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
