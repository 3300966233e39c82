package vn.ocop.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

	/** The width each window was opened at: on a touch device Chromium widens the page to fit what overflows. */
	private static final Map<WebDriver, Integer> WIDTHS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

	public static ChromeDriver start() {
		return start(1280, 900);
	}

	/**
	 * A window whose page is {@code width} × {@code height} CSS pixels. Below 1024 px it is a touch device as Chromium's
	 * device mode makes one (phone 390 × 844, tablet 768 × 1024): the page's viewport meta applies as on the device.
	 */
	public static ChromeDriver start(int width, int height) {
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
				"--disable-sync", "--window-size=" + width + "," + height, "--lang=vi",
				// no smooth scrolling (Bootstrap turns it on otherwise): a click must not land on a page still moving
				"--force-prefers-reduced-motion");
		if (width < 1024) {
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true, "mobile", true)));
		}
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		WIDTHS.put(driver, width);
		return driver;
	}

	/** Signs in through the sign-in page and waits for the dashboard. */
	public static void signIn(WebDriver browser, String base, String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		click(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/dashboard"));
	}

	/** Scrolls the element to the middle of the window (no smooth scrolling), then clicks it. */
	public static void click(WebDriver browser, WebElement element) {
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element))
				.click();
	}

	/**
	 * What is wrong with the layout of the page shown at this width: the page wider than the window (something cut
	 * off, to be scrolled sideways), or a label, legend or table heading of several words broken one word per line.
	 * Empty when the page reads well.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> layoutProblems(WebDriver browser) {
		return (List<String>) ((JavascriptExecutor) browser).executeScript(LAYOUT_CHECK,
				WIDTHS.getOrDefault(browser, 0));
	}

	private static final String LAYOUT_CHECK = """
			var problems = [];
			var page = document.documentElement;
			// the window's width as opened (a phone's layout viewport grows to fit a page wider than the phone)
			var width = arguments[0] > 0 ? Math.min(arguments[0], window.innerWidth) : window.innerWidth;
			if (page.scrollWidth > width) {
			  var wide = [];
			  document.querySelectorAll('body *').forEach(function (e) {
			    var r = e.getBoundingClientRect();
			    if (r.width > 0 && r.right > width + 1 && !e.closest('.table-responsive, .visually-hidden')) {
			      wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : ''));
			    }
			  });
			  problems.push(location.pathname + ': the page is ' + page.scrollWidth + ' px wide in a window of '
			      + width + ' px (' + wide.slice(0, 5).join(', ') + ')');
			}
			document.querySelectorAll('label, legend, th, .form-label').forEach(function (e) {
			  if (e.offsetParent === null || e.closest('.visually-hidden')) { return; }
			  // the line of each word of the text: words whose boxes overlap vertically are on one line
			  var lines = [];
			  var words = 0;
			  var walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
			  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
			    var pattern = /\\S+/g, match;
			    while ((match = pattern.exec(node.data)) !== null) {
			      var range = document.createRange();
			      range.setStart(node, match.index);
			      range.setEnd(node, match.index + match[0].length);
			      var r = range.getBoundingClientRect();
			      if (r.width === 0) { continue; }
			      words++;
			      var line = lines.find(function (l) { return r.top < l.bottom && r.bottom > l.top; });
			      if (line) { line.top = Math.min(line.top, r.top); line.bottom = Math.max(line.bottom, r.bottom); }
			      else { lines.push({ top: r.top, bottom: r.bottom }); }
			    }
			  }
			  if (words >= 2 && lines.length >= words) {
			    problems.push(location.pathname + ': "' + e.textContent.trim().replace(/\\s+/g, ' ')
			        + '" is broken one word per line (' + lines.length + ' lines, '
			        + Math.round(e.getBoundingClientRect().width) + ' px wide)');
			  }
			});
			return problems;
			""";
}
