package org.uplift.ui.packages;

import java.util.List;

import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.Violations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** The package's cost lines by category; amounts typed in yuan. */
class CostLineRows extends RowList<CostLine> {

    CostLineRows(String title, String addLabel) {
        super(title, addLabel, "costLines", "cost-line");
    }

    @Override
    Row<CostLine> newRow(CostLine value) {
        var category = new ComboBox<CostCategory>(getTranslation("packages.costLine.category"));
        category.setItems(CostCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("marketplace.costCategory." + c.name()));
        var amount = new TextField(getTranslation("packages.costLine.amount"));
        amount.setSuffixComponent(new Span(getTranslation("packages.yuan")));
        var description = new TextField(getTranslation("packages.costLine.description"));
        description.setWidth("24em");
        if (value != null) {
            category.setValue(value.category());
            amount.setValue(Yuan.format(value.amountFen()));
            description.setValue(value.description() == null ? "" : value.description());
        }
        return new Row<>() {
            public List<Component> fields() {
                return List.of(category, amount, description);
            }

            public CostLine value(String field, Violations violations) {
                return new CostLine(category.getValue(), Yuan.toFen(amount.getValue(), field + ".amountFen", violations),
                        description.getValue());
            }

            public void bind(FieldErrors errors, String field) {
                errors.bind(field + ".category", category).bind(field + ".amountFen", amount)
                        .bind(field + ".description", description).bind(field, description);
            }

            public void setIds(String prefix, int i) {
                category.setId(prefix + "-category-" + i);
                amount.setId(prefix + "-amount-" + i);
                description.setId(prefix + "-description-" + i);
            }

            public void setReadOnly(boolean readOnly) {
                category.setReadOnly(readOnly);
                amount.setReadOnly(readOnly);
                description.setReadOnly(readOnly);
            }
        };
    }
}
