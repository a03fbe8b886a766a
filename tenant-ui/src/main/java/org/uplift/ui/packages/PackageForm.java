package org.uplift.ui.packages;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ReferenceCase;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Localized;
import org.uplift.validation.Violations;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The fields of a package as the editor shows them: texts in zh-CN (required) and en (optional), the
 * framework's dimensions and scenarios it raises, price and cost lines in yuan, delivery, deployment and
 * reference cases. {@link #content} reads them into a {@link PackageContent}, naming amounts that are no
 * amounts; {@link #show} puts each refusal on its field.
 */
class PackageForm extends VerticalLayout {

    private final transient Framework framework;
    private final TextField nameZh = text("nameZh", "packages.nameZh");
    private final TextField nameEn = text("nameEn", "packages.nameEn");
    private final TextArea summaryZh = area("summaryZh", "packages.summaryZh");
    private final TextArea summaryEn = area("summaryEn", "packages.summaryEn");
    private final TextArea descriptionZh = area("descriptionZh", "packages.descriptionZh");
    private final TextArea descriptionEn = area("descriptionEn", "packages.descriptionEn");
    private final ComboBox<SolutionCategory> category = new ComboBox<>();
    private final MultiSelectComboBox<Dimension> dimensions = new MultiSelectComboBox<>();
    private final ScenarioRows scenarios;
    private final TextField price = text("priceFen", "packages.price");
    private final TextArea priceCoversZh = area("priceCoversZh", "packages.priceCoversZh");
    private final TextArea priceCoversEn = area("priceCoversEn", "packages.priceCoversEn");
    private final CostLineRows costLines;
    private final IntegerField deliveryDays = new IntegerField();
    private final CheckboxGroup<Deployment> deployments = new CheckboxGroup<>();
    private final ReferenceCaseRows referenceCases;

    PackageForm(Framework framework, Locale locale) {
        this.framework = framework;
        setPadding(false);
        category.setLabel(getTranslation("packages.category"));
        category.setId("category");
        category.setItems(SolutionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        dimensions.setLabel(getTranslation("packages.dimensions"));
        dimensions.setId("dimensions");
        dimensions.setItems(framework.dimensions());
        dimensions.setItemLabelGenerator(d -> d.key() + " " + Localized.text(locale, d.nameZh(), d.nameEn()));
        scenarios = new ScenarioRows(getTranslation("packages.scenarios"), getTranslation("packages.scenarios.add"),
                framework, locale);
        price.setSuffixComponent(new Span(getTranslation("packages.yuan")));
        price.setHelperText(getTranslation("packages.price.helper"));
        costLines = new CostLineRows(getTranslation("packages.costLines"), getTranslation("packages.costLines.add"));
        deliveryDays.setLabel(getTranslation("packages.deliveryDays"));
        deliveryDays.setId("deliveryDays");
        deliveryDays.setSuffixComponent(new Span(getTranslation("packages.days")));
        deployments.setLabel(getTranslation("packages.deployments"));
        deployments.setId("deployments");
        deployments.setItems(Deployment.values());
        deployments.setItemLabelGenerator(d -> getTranslation("marketplace.deployment." + d.name()));
        referenceCases = new ReferenceCaseRows(getTranslation("packages.referenceCases"),
                getTranslation("packages.referenceCases.add"));
        var texts = new FormLayout(nameZh, nameEn, summaryZh, summaryEn, descriptionZh, descriptionEn, category);
        var offer = new FormLayout(price, deliveryDays, priceCoversZh, priceCoversEn, deployments);
        add(texts, new H4(getTranslation("packages.improves")), dimensions, scenarios,
                new H4(getTranslation("packages.offer")), offer, costLines, referenceCases);
    }

    void setContent(PackageContent c) {
        nameZh.setValue(orEmpty(c.nameZh()));
        nameEn.setValue(orEmpty(c.nameEn()));
        summaryZh.setValue(orEmpty(c.summaryZh()));
        summaryEn.setValue(orEmpty(c.summaryEn()));
        descriptionZh.setValue(orEmpty(c.descriptionZh()));
        descriptionEn.setValue(orEmpty(c.descriptionEn()));
        category.setValue(c.category());
        dimensions.setValue(framework.dimensions().stream().filter(d -> c.dimensions().contains(d.key()))
                .collect(Collectors.toSet()));
        scenarios.setValues(c.scenarios());
        price.setValue(Yuan.format(c.priceFen()));
        priceCoversZh.setValue(orEmpty(c.priceCoversZh()));
        priceCoversEn.setValue(orEmpty(c.priceCoversEn()));
        costLines.setValues(c.costLines());
        deliveryDays.setValue(c.deliveryDays());
        deployments.setValue(c.deployments());
        referenceCases.setValues(c.referenceCases());
    }

    /** A new package: one empty cost line, SaaS. */
    void setNew() {
        costLines.setValues(Collections.singletonList(null));
        scenarios.setValues(Collections.singletonList(null));
        deployments.setValue(Set.of(Deployment.SAAS));
    }

    /** The fields as a package; amounts that are no yuan amounts go to {@code parsing} (and count 0 here). */
    PackageContent content(Violations parsing) {
        List<String> dimensionKeys = framework.dimensions().stream().filter(dimensions.getValue()::contains)
                .map(Dimension::key).toList();
        long priceFen = Yuan.toFen(price.getValue(), "priceFen", parsing);
        List<CostLine> lines = costLines.values(parsing);
        List<ScenarioTarget> targets = scenarios.values(parsing);
        List<ReferenceCase> cases = referenceCases.values(parsing);
        return new PackageContent(nameZh.getValue(), nameEn.getValue(), summaryZh.getValue(), summaryEn.getValue(),
                descriptionZh.getValue(), descriptionEn.getValue(), category.getValue(), framework.id(), dimensionKeys,
                targets, priceFen, priceCoversZh.getValue(), priceCoversEn.getValue(), lines,
                deliveryDays.getValue() == null ? 0 : deliveryDays.getValue(), deployments.getValue(), cases);
    }

    /** Binds every field by the name the domain gives it, for the rows as they are now. */
    FieldErrors errors() {
        var errors = new FieldErrors().bind("nameZh", nameZh).bind("nameEn", nameEn).bind("summaryZh", summaryZh)
                .bind("summaryEn", summaryEn).bind("descriptionZh", descriptionZh).bind("descriptionEn", descriptionEn)
                .bind("category", category).bind("priceFen", price).bind("costLines", price)
                .bind("priceCoversZh", priceCoversZh).bind("priceCoversEn", priceCoversEn)
                .bind("deliveryDays", deliveryDays).bind("deployments", deployments).bind("scenarios", dimensions);
        IntStream.range(0, framework.dimensions().size()).forEach(i -> errors.bind("dimensions[" + i + "]", dimensions));
        scenarios.bind(errors);
        costLines.bind(errors);
        referenceCases.bind(errors);
        return errors;
    }

    void setReadOnly(boolean readOnly) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(nameZh, nameEn, summaryZh, summaryEn, descriptionZh,
                descriptionEn, category, dimensions, price, priceCoversZh, priceCoversEn, deliveryDays, deployments)) {
            field.setReadOnly(readOnly);
        }
        scenarios.setReadOnly(readOnly);
        costLines.setReadOnly(readOnly);
        referenceCases.setReadOnly(readOnly);
    }

    private TextField text(String id, String label) {
        var field = new TextField(getTranslation(label));
        field.setId(id);
        return field;
    }

    private TextArea area(String id, String label) {
        var field = new TextArea(getTranslation(label));
        field.setId(id);
        return field;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
