package org.uplift.e2e;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An assessment's result, {@code /assessments/<id>/result} (ResultView), with its ECharts radar. */
final class ResultPage extends PageObject {

    ResultPage(WebDriver driver) {
        super(driver);
    }

    static String path(String assessmentId) {
        return "/assessments/" + assessmentId + "/result";
    }

    ResultPage waitUntilShown() {
        visible(By.id("assessment-result"));
        visible(By.id("result-total"));
        settle();
        return this;
    }

    String level() {
        return visible(By.id("result-level")).getText();
    }

    String total() {
        return visible(By.id("result-total")).getText();
    }

    /** The texts ECharts drew into the radar's SVG (axis names, legend), once it has drawn. */
    List<String> radarTexts() {
        wait.until(d -> !d.findElements(By.cssSelector("#radar-chart svg text")).isEmpty());
        return driver.findElements(By.cssSelector("#radar-chart svg text")).stream()
                .map(text -> text.getDomProperty("textContent").trim()).filter(text -> !text.isEmpty()).toList();
    }

    /** The absolute address of the PDF report download. */
    String reportLink() {
        return visible(By.id("download-report")).getDomProperty("href");
    }

    /** Opens the what-if simulator and returns the level it starts from. */
    String openWhatIf() {
        click("what-if");
        return visible(By.id("what-if-level")).getText();
    }
}
