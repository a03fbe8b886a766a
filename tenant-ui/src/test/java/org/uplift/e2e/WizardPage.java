package org.uplift.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The assessment wizard, {@code /assessments/<id>} (AssessmentWizardView): one step per dimension and
 * scenario area, options marked with {@code data-option}, every answer autosaved.
 */
final class WizardPage extends PageObject {

    WizardPage(WebDriver driver) {
        super(driver);
    }

    WizardPage waitUntilShown() {
        visible(By.id("autosave-status"));
        settle();
        return this;
    }

    String assessmentId() {
        String[] path = currentPath().split("/");
        return path[path.length - 1];
    }

    WizardPage step(String sectionKey) {
        click("step-" + sectionKey);
        visible(By.id("section-" + sectionKey));
        return this;
    }

    /** Picks options of a question by letter (one for a single choice, several for a multiple choice). */
    WizardPage answer(String questionKey, List<String> letters) {
        for (String letter : letters) {
            choose("#question-" + questionKey + " [data-option='" + letter + "']");
        }
        return this;
    }

    WizardPage rate(String scenarioKey, int level) {
        choose("#scenario-" + scenarioKey + " [data-option='" + level + "']");
        return this;
    }

    boolean isEditable(String questionKey) {
        return visible(By.id("question-" + questionKey)).getDomAttribute("readonly") == null;
    }

    String chosen(String questionKey, String letter) {
        return visible(By.cssSelector("#question-" + questionKey + " [data-option='" + letter + "']"))
                .getDomAttribute("checked");
    }

    WizardPage assign(String sectionKey, String memberName) {
        pick("assign-" + sectionKey, memberName.substring(0, 1), memberName);
        return this;
    }

    ResultPage submit() {
        click("step-review");
        click("submit-assessment");
        return new ResultPage(driver).waitUntilShown();
    }

    /**
     * Clicks an option's label as a user would (the item itself may stretch wider than its label), after
     * scrolling it to the middle of the window; a script click, since Selenium's visibility check
     * misjudges labels scrolled out of the app layout's content area.
     */
    private void choose(String selector) {
        settle();
        WebElement label = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector + " label")));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", label);
        settle();
        wait.until(d -> d.findElement(By.cssSelector(selector)).getDomAttribute("checked") != null);
    }
}
