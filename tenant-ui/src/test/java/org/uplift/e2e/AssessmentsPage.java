package org.uplift.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The SME's assessments, {@code /assessments} (AssessmentsView): history, start, re-assess. */
final class AssessmentsPage extends PageObject {

    static final String PATH = "/assessments";

    AssessmentsPage(WebDriver driver) {
        super(driver);
    }

    AssessmentsPage waitUntilShown() {
        visible(By.id("start-assessment"));
        settle();
        return this;
    }

    /** Starts a MIIT assessment, or opens the SME's open draft. */
    WizardPage startOrOpenDraft() {
        click("start-assessment");
        return new WizardPage(driver).waitUntilShown();
    }
}
