package org.uplift.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object needs: explicit waits, and typing into and picking from Vaadin 24 web
 * components (their native {@code input}/{@code textarea} is a light-DOM child of the component, the
 * combo box items are {@code vaadin-combo-box-item} elements in an overlay).
 */
abstract class PageObject {

    /** True when Vaadin is not loaded on the page or no Flow client has a request in flight. */
    private static final String VAADIN_IDLE = """
            if (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) {
              return Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive());
            }
            return document.readyState === 'complete';""";

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    PageObject(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Waits until the browser is done talking to the server. */
    protected void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    /** Waits for an element, scrolls it into the window (Selenium counts what is scrolled away as hidden). */
    protected WebElement visible(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** Clicks a button or link, scrolled to the middle of the window first (sticky bars cover the edges). */
    protected void click(String id) {
        settle();
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
        target.click();
        settle();
    }

    /** Types into a Vaadin text field (or area), replacing what is there, and leaves it so it commits. */
    protected void type(String id, String text) {
        WebElement input = visible(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
        settle();
    }

    /** Types a filter into a Vaadin combo box and clicks the item with exactly the given label. */
    protected void pick(String id, String filter, String label) {
        WebElement input = visible(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), filter);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(candidate -> label.equals(candidate.getText().trim()))
                .findFirst().orElse(null));
        item.click();
        wait.until(d -> label.equals(input.getDomProperty("value")));
        settle();
    }

    /** Picks, in a Vaadin combo box, the item whose label starts with {@code prefix} (e.g. a scenario key). */
    protected void pickStartingWith(String id, String filter, String prefix) {
        WebElement input = visible(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), filter);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(candidate -> candidate.getText().trim().startsWith(prefix))
                .findFirst().orElse(null));
        item.click();
        wait.until(d -> String.valueOf(input.getDomProperty("value")).startsWith(prefix));
        settle();
    }

    /** Selects, in a Vaadin multi-select combo box, the item whose label starts with {@code prefix}. */
    protected void pickAlso(String id, String filter, String prefix) {
        WebElement input = visible(By.cssSelector("#" + id + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), filter);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(candidate -> candidate.getText().trim().startsWith(prefix))
                .findFirst().orElse(null));
        item.click();
        input.sendKeys(Keys.ESCAPE);
        wait.until(d -> d.findElements(By.cssSelector("#" + id + " vaadin-multi-select-combo-box-chip")).stream()
                .anyMatch(chip -> chip.getText().trim().startsWith(prefix)));
        settle();
    }

    /** Opens a Vaadin select (by id) and chooses the item with exactly the given label. */
    protected void choose(String id, String label) {
        choose(visible(By.id(id)), label);
    }

    /** Opens a Vaadin select and chooses the item with exactly the given label. */
    protected void choose(WebElement select, String label) {
        settle();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        // the overlay's items, not the copy of the chosen one in the value button
        WebElement item = wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const select = arguments[0];
                const items = [...document.querySelectorAll('vaadin-select-item'),
                    ...(select.shadowRoot ? select.shadowRoot.querySelectorAll('vaadin-select-item') : [])];
                return items.find(item => !item.closest('vaadin-select-value-button')
                    && item.offsetParent !== null && item.textContent.trim() === arguments[1]) || null;""",
                select, label));
        item.click();
        wait.until(d -> select.getDomAttribute("opened") == null);
        settle();
    }

    /** Clicks the radio button (or checkbox) of a Vaadin group whose label is exactly {@code label}. */
    protected void check(String groupId, String label) {
        settle();
        WebElement option = wait.until(d -> d.findElements(By.cssSelector("#" + groupId
                + " vaadin-radio-button, #" + groupId + " vaadin-checkbox")).stream()
                .filter(candidate -> label.equals(candidate.getText().trim())).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        option.findElement(By.tagName("label")).click();
        wait.until(d -> option.getDomAttribute("checked") != null);
        settle();
    }

    /** Types into the native input (or textarea) of a Vaadin field found by CSS, replacing what is there. */
    protected void typeInto(WebElement field, String text) {
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
        settle();
    }

    /** Hands a file to a Vaadin upload, as choosing it in the file dialog does, and waits until it is uploaded. */
    protected void upload(String id, java.nio.file.Path file) {
        WebElement upload = visible(By.id(id));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'));",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete);", upload)));
        settle();
    }

    /** Clicks the cell of a Vaadin grid (by id) whose text contains {@code text}; its row's click listener runs. */
    protected void clickRow(String gridId, String text) {
        settle();
        WebElement cell = wait.until(d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content"))
                .stream().filter(candidate -> candidate.getText().contains(text)).findFirst().orElse(null));
        cell.click();
        settle();
    }

    /**
     * The element matching {@code css} in the row of a Vaadin grid (by id) that has a cell containing
     * {@code rowText} (a grid's cells are slotted light-DOM children; its rows live in its shadow root).
     */
    protected WebElement inRow(String gridId, String rowText, String css) {
        settle();
        return wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const grid = document.getElementById(arguments[0]);
                const hit = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[1]));
                if (!hit || !grid.shadowRoot) return null;
                const slot = grid.shadowRoot.querySelector('slot[name="' + hit.getAttribute('slot') + '"]');
                const row = slot && slot.closest('tr');
                if (!row) return null;
                for (const cell of row.querySelectorAll('slot')) {
                  const content = grid.querySelector('[slot="' + cell.getAttribute('name') + '"]');
                  const found = content && content.querySelector(arguments[2]);
                  if (found) return found;
                }
                return null;""", gridId, rowText, css));
    }

    protected String textOf(String id) {
        return visible(By.id(id)).getText().trim();
    }

    protected String valueOf(String id) {
        return visible(By.cssSelector("#" + id + " input, #" + id + " textarea")).getDomProperty("value");
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }
}
