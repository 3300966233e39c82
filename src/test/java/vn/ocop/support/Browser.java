package vn.ocop.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests. Nothing is downloaded: the driver and browser come from the
 * {@code chromium} and {@code chromium-driver} packages. Where they are missing the test is skipped, unless
 * {@code -Docop.require-browser=true} (as in CI) makes that a failure.
 */
public final class Browser {

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private Browser() {
	}

	public static ChromeDriver start() {
		boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
		if (!present) {
			if (Boolean.getBoolean("ocop.require-browser")) {
				throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
						+ " (apt-get install chromium chromium-driver)");
			}
			Assumptions.abort("Debian chromium/chromium-driver not installed");
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=vi",
				// no smooth scrolling (Bootstrap turns it on otherwise): a click must not land on a page still moving
				"--force-prefers-reduced-motion");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}
}
