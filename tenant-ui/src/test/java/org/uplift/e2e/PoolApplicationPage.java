package org.uplift.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** 入库申请, {@code /admission/apply} (ApplicationView): the provider admin's application to an authority's pool. */
final class PoolApplicationPage extends PageObject {

    static final String PATH = "/admission/apply";

    /** What the provider states; dimensions and scenarios as framework keys, the scan as a file to upload. */
    record Application(String businessScope, String certificateName, String certificateNumber, String issuer,
            LocalDate validUntil, Path scan, String referenceClient, int referenceYear, String referenceSummary,
            int staffCount, List<String> dimensions, List<String> scenarios) {
    }

    PoolApplicationPage(WebDriver driver) {
        super(driver);
    }

    PoolApplicationPage waitUntilFormShown() {
        visible(By.id("application-submit"));
        settle();
        return this;
    }

    /** Fills the form (the authority is preselected: the platform has one) and submits it. */
    PoolApplicationPage apply(Application application) {
        type("application-businessScope", application.businessScope());
        type("application-certificates-name", application.certificateName());
        type("application-certificates-number", application.certificateNumber());
        type("application-certificates-issuer", application.issuer());
        date("certificates-0-validUntil", application.validUntil());
        upload("certificate-upload", application.scan());
        wait.until(d -> application.scan().getFileName().toString().equals(valueOf("application-certificates-file")));
        type("application-references-client", application.referenceClient());
        type("application-references-year", Integer.toString(application.referenceYear()));
        type("application-references-summary", application.referenceSummary());
        type("application-staffCount", Integer.toString(application.staffCount()));
        application.dimensions().forEach(key -> pickAlso("application-dimensions", key, key + " "));
        application.scenarios().forEach(key -> pickAlso("application-scenarios", key, key + " "));
        click("application-submit");
        visible(By.id("application-status"));
        return this;
    }

    /** The status badge of the provider's latest application, as the provider reads it. */
    String status() {
        return textOf("application-status");
    }

    /** Reloads the page until the application's status reads {@code expected} (the process moves on its own). */
    PoolApplicationPage waitForStatus(String expected) {
        wait.until(d -> {
            d.navigate().refresh();
            settle();
            return !d.findElements(By.id("application-status")).isEmpty()
                    && expected.equals(d.findElement(By.id("application-status")).getText().trim());
        });
        return this;
    }

    /** Types a date as a Chinese-speaking user does (年/月/日 with slashes) and waits until the picker took it. */
    private void date(String id, LocalDate date) {
        WebElement input = visible(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth(), Keys.ENTER);
        wait.until(d -> date.toString().equals(d.findElement(By.id(id)).getDomProperty("value")));
        input.sendKeys(Keys.TAB);
        settle();
    }
}
