package be.ibefe.avis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the running application: Debian's headless Chromium driven through its chromedriver, both
 * named by path so that Selenium never looks for, nor downloads, anything. Waits on conditions, never sleeps; saves
 * screenshots under {@code target/captures/}.
 */
public final class Navigateur implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CAPTURES = Path.of("target", "captures");
    private static final Duration ATTENTE = Duration.ofSeconds(20);

    private final String base;
    private final Path profil;
    private final ChromeDriver driver;
    private final WebDriverWait attente;

    public Navigateur(int port) {
        base = "http://localhost:" + port;
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            profil = Files.createTempDirectory("avis-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=fr-BE", "--user-data-dir=" + profil);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        attente = new WebDriverWait(driver, ATTENTE);
    }

    public Navigateur ouvrir(String chemin) {
        driver.get(base + chemin);
        return this;
    }

    /** Signs in through the login page, as anyone would; a previous session is dropped first. */
    public Navigateur connecter(String login) {
        driver.manage().deleteAllCookies();
        ouvrir("/login");
        saisir(By.id("username"), login);
        saisir(By.id("password"), login);
        cliquer(By.cssSelector("main form button[type=submit]"));
        attendre(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    public Navigateur saisir(By champ, String texte) {
        WebElement element = attendre(ExpectedConditions.elementToBeClickable(champ));
        element.clear();
        element.sendKeys(texte);
        return this;
    }

    public Navigateur choisir(By liste, String valeur) {
        new Select(attendre(ExpectedConditions.elementToBeClickable(liste))).selectByValue(valeur);
        return this;
    }

    public Navigateur cocher(By caseACocher) {
        WebElement element = attendre(ExpectedConditions.elementToBeClickable(caseACocher));
        if (!element.isSelected()) {
            element.click();
        }
        return this;
    }

    public Navigateur cliquer(By element) {
        attendre(ExpectedConditions.elementToBeClickable(element)).click();
        return this;
    }

    /** Clicks a button or link that leads to another page, and waits until the new page is there. */
    public Navigateur suivre(By element) {
        WebElement html = driver.findElement(By.tagName("html"));
        cliquer(element);
        attendre(remplacee(html));
        return this;
    }

    /**
     * The page whose root element this is was replaced: the element reads as stale. Chromium sometimes says so with an
     * inspector error (« Node with given id does not belong to the document ») instead of a stale reference; any
     * other error is an error.
     */
    private static ExpectedCondition<Boolean> remplacee(WebElement html) {
        return driver -> {
            try {
                html.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    public <T> T attendre(ExpectedCondition<T> condition) {
        return attente.until(condition);
    }

    public WebElement element(By selecteur) {
        return attendre(ExpectedConditions.visibilityOfElementLocated(selecteur));
    }

    public List<WebElement> elements(By selecteur) {
        return driver.findElements(selecteur);
    }

    /** Waits until the page shows the text, then gives the text of the whole page. */
    public String voit(String texte) {
        attendre(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), texte));
        return texte();
    }

    public String texte() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String valeur(By champ) {
        return element(champ).getDomProperty("value");
    }

    public String titre() {
        return driver.getTitle();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path capture(String nom) {
        try {
            Files.createDirectories(CAPTURES);
            Path fichier = CAPTURES.resolve(nom + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), fichier, StandardCopyOption.REPLACE_EXISTING);
            return fichier;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> fichiers = Files.walk(profil)) {
            fichiers.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
