package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium against the
 * running stack. Every step is saved as a screenshot at desktop and phone width under
 * {@code system-tests/target/screenshots/}, and every page is checked with axe-core (no serious or critical
 * violation). {@code .ci/run} installs the browser; without it the browser tests are skipped with a notice unless
 * {@code ITC_BROWSER_TESTS=required} (as CI sets) makes its absence a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebDriver driver;
    private final String base = RunningStack.stack().config().gatewayUrl();
    private final String axe;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--lang=ja", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe-core's axe.min.js (com.deque.html.axe-core:selenium)").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Browser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks something on the page (a checkbox, a radio button): no navigation. */
    Browser click(String css) {
        find(css).click();
        return this;
    }

    /** Clicks a button or link that loads another page, and waits until the new page is there. */
    Browser submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(page));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether the page an element belongs to has been replaced. Chromium may also answer "node does not belong to
     * the document" while the new page replaces the old one: that too means the old page is gone.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /** A fresh visitor: no session, no language cookie. */
    void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    String text() {
        return find("body").getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Screenshots of the page at desktop and at phone width, and the axe-core check of it. */
    Browser step(String name) {
        for (var size : List.of(new Object[] {"desktop", DESKTOP}, new Object[] {"phone", PHONE})) {
            driver.manage().window().setSize((Dimension) size[1]);
            shoot(name + "-" + size[0]);
        }
        driver.manage().window().setSize(DESKTOP);
        assertThat(seriousViolations()).as("axe-core on %s (%s)", name, url()).isEmpty();
        return this;
    }

    private void shoot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serious and critical axe-core violations of the page: rule id, impact and the first element's selector. */
    List<String> seriousViolations() {
        script(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));""");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree((String) result)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText()
                            + " at " + violation.path("nodes").path(0).path("target"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
