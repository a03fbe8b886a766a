package org.uplift.ui.quotes;

import java.math.BigDecimal;

import org.uplift.marketplace.solution.CostCategory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** One cost line of the answer form: category, amount in yuan, what it buys. */
class CostLineRow extends HorizontalLayout {

    final Select<CostCategory> category = new Select<>();
    final BigDecimalField amountYuan = new BigDecimalField();
    final TextField description = new TextField();
    final Button remove = new Button();

    CostLineRow(Runnable onRemove) {
        category.setItems(CostCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("quote.cost." + c));
        category.setLabel(getTranslation("engagement.costCategory"));
        amountYuan.setLabel(getTranslation("quote.ui.amountYuan"));
        description.setLabel(getTranslation("engagement.costDescription"));
        description.setMaxLength(200);
        remove.setText(getTranslation("quote.ui.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> onRemove.run());
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(category, amountYuan, description, remove);
    }

    CostLineRow with(CostCategory c, BigDecimal yuan, String text) {
        category.setValue(c);
        amountYuan.setValue(yuan);
        description.setValue(text);
        return this;
    }
}
