package org.uplift.e2e;

import java.math.BigDecimal;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 我的解决方案, {@code /solutions} (SolutionsView), and the package editor it opens, {@code /solutions/edit/<id>}
 * (SolutionEditorView). Amounts in yuan as the provider types them.
 */
final class SolutionEditorPage extends PageObject {

    static final String LIST_PATH = "/solutions";

    /** A package as entered: labels as the Chinese form shows them, scenarios as keys all reaching {@code level}. */
    record Package(String name, String summary, String description, String categoryLabel, List<String> dimensions,
            List<String> scenarios, int level, BigDecimal priceYuan, String priceCovers, String costLineCategoryLabel,
            String costLineDescription, int deliveryDays) {
    }

    SolutionEditorPage(WebDriver driver) {
        super(driver);
    }

    /** On the list: starts a new package. */
    SolutionEditorPage create() {
        click("create-package");
        visible(By.id("nameZh"));
        settle();
        return this;
    }

    SolutionEditorPage fill(Package p) {
        type("nameZh", p.name());
        type("summaryZh", p.summary());
        type("descriptionZh", p.description());
        pick("category", p.categoryLabel(), p.categoryLabel());
        p.dimensions().forEach(key -> pickAlso("dimensions", key, key + " "));
        for (int i = 0; i < p.scenarios().size(); i++) {
            if (i > 0) {
                click("add-scenario");
            }
            String key = p.scenarios().get(i);
            pickStartingWith("scenario-key-" + i, key, key + " ");
            choose("scenario-level-" + i, p.level() + " 级");
        }
        type("priceFen", p.priceYuan().toPlainString());
        type("priceCoversZh", p.priceCovers());
        pick("cost-line-category-0", p.costLineCategoryLabel(), p.costLineCategoryLabel());
        type("cost-line-amount-0", p.priceYuan().toPlainString());
        type("cost-line-description-0", p.costLineDescription());
        type("deliveryDays", Integer.toString(p.deliveryDays()));
        return this;
    }

    /** Publishes; the editor then shows the package under its id with the published version. */
    SolutionEditorPage publish() {
        click("publish");
        wait.until(ExpectedConditions.urlMatches("/solutions/edit/[^/]+$"));
        // publishing re-indexes the catalogue before it returns: on a busy machine this takes a while
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(90))
                .until(d -> d.findElements(By.id("published-version")).stream()
                        .anyMatch(e -> String.valueOf(e.getDomProperty("textContent")).contains("第 1 版")));
        settle();
        return this;
    }

    String publishedVersion() {
        return textOf("published-version");
    }

    /** The package's id, from the editor's address. */
    String packageId() {
        String path = currentPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
