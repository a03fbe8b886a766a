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

    protected String valueOf(String id) {
        return visible(By.cssSelector("#" + id + " input, #" + id + " textarea")).getDomProperty("value");
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }
}
