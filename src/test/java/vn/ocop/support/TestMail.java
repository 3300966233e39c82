package vn.ocop.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A GreenMail SMTP server for a test class: started once for the class (not per test, so that mail sent after a
 * test's commit is not lost to a restart and no port is re-bound in a hurry), with a start-up timeout that holds on
 * a loaded machine. Messages accumulate over the class: assert on the ones a test can recognise (subject, body,
 * recipient), not on counts.
 */
public final class TestMail {

	private TestMail() {
	}

	public static GreenMailExtension server(int port) {
		var setup = new ServerSetup(port, "127.0.0.1", "smtp");
		setup.setServerStartupTimeout(20_000);
		return new GreenMailExtension(setup).withPerMethodLifecycle(false);
	}
}
