package org.uplift.ui.subsidy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.organisation.District;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.Industry;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.platform.Formats;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.workflows.subsidy.Estimate;
import org.uplift.workflows.subsidy.EstimateRequest;
import org.uplift.workflows.subsidy.SubsidyEstimates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** 估算补贴: costs per category in yuan, industry, district and level; the programme's DMN answers. */
class EstimateCalculator extends VerticalLayout {

    private final transient SubsidyEstimates estimates;
    private final String programmeId;
    final Map<CostCategory, BigDecimalField> costs = new EnumMap<>(CostCategory.class);
    final ComboBox<String> industry = new ComboBox<>();
    final ComboBox<String> district = new ComboBox<>();
    final Select<Integer> level = new Select<>();
    final Button estimate = new Button();
    final Div result = new Div();
    private final FieldErrors errors = new FieldErrors();

    EstimateCalculator(SubsidyEstimates estimates, String programmeId) {
        this.estimates = estimates;
        this.programmeId = programmeId;
        setPadding(false);
        setId("estimate-calculator");
        var form = new FormLayout();
        for (CostCategory category : CostCategory.values()) {
            var field = new BigDecimalField(getTranslation("subsidy.estimate.cost",
                    getTranslation("marketplace.costCategory." + category.name())));
            field.setId("estimate-cost-" + category.name());
            costs.put(category, field);
            form.add(field);
        }
        industry.setLabel(getTranslation("subsidy.estimate.industry"));
        industry.setId("estimate-industry");
        industry.setItems(IndustryCatalog.manufacturing().stream().map(Industry::code).toList());
        industry.setItemLabelGenerator(code -> code + " " + IndustryCatalog.displayName(code, getLocale()));
        district.setLabel(getTranslation("subsidy.estimate.district"));
        district.setId("estimate-district");
        district.setItems(DistrictCatalog.all().stream().map(District::code).toList());
        district.setItemLabelGenerator(code -> DistrictCatalog.displayName(code, getLocale()));
        level.setLabel(getTranslation("subsidy.estimate.level"));
        level.setId("estimate-level");
        level.setItems(1, 2, 3, 4);
        level.setItemLabelGenerator(n -> getTranslation("subsidy.level", n));
        level.setValue(2);
        form.add(industry, district, level);
        errors.bind("industryCode", industry).bind("districtCode", district).bind("level", level);
        estimate.setText(getTranslation("subsidy.estimate.run"));
        estimate.setId("estimate-run");
        estimate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        estimate.addClickListener(e -> estimate());
        result.setId("estimate-result");
        add(new H3(getTranslation("subsidy.estimate.title")), form, estimate, result);
    }

    void estimate() {
        result.removeAll();
        List<CostLine> lines = new ArrayList<>();
        List<Violation> wrong = new ArrayList<>();
        costs.forEach((category, field) -> {
            BigDecimal yuan = field.getValue();
            if (yuan == null) {
                return;
            }
            Formats.fen(yuan).filter(fen -> fen > 0).ifPresentOrElse(fen -> lines.add(new CostLine(category, fen, null)),
                    () -> wrong.add(Violation.of(category.name(), SubsidyEstimates.AMOUNT_POSITIVE)));
        });
        try {
            if (!wrong.isEmpty()) {
                throw new InputRejectedException(wrong);
            }
            Estimate answer = estimates.estimate(programmeId, new EstimateRequest(lines, industry.getValue(),
                    district.getValue(), level.getValue() == null ? -1 : level.getValue())).orElseThrow();
            errors.clear();
            show(answer);
        } catch (InputRejectedException rejected) {
            costs.forEach((category, field) -> {
                boolean bad = rejected.violations().stream().anyMatch(v -> v.field().equals(category.name()));
                field.setInvalid(bad);
                field.setErrorMessage(bad ? getTranslation(SubsidyEstimates.AMOUNT_POSITIVE) : null);
            });
            errors.show(rejected, this);
        }
    }

    private void show(Estimate answer) {
        var headline = new Paragraph(answer.eligible()
                ? getTranslation("subsidy.estimate.eligible", Formats.yuan(answer.amountFen()))
                : getTranslation("subsidy.estimate.notEligible"));
        headline.setId("estimate-headline");
        var cost = new Paragraph(getTranslation("subsidy.estimate.eligibleCost",
                Formats.yuan(answer.eligibleCostFen())));
        var reasons = new UnorderedList();
        reasons.setId("estimate-reasons");
        answer.reasons().forEach(code -> reasons.add(new ListItem(getTranslation("subsidy.reason." + code))));
        result.add(headline, cost, reasons);
    }
}
