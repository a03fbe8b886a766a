package org.uplift.ui.quotes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** One proposed milestone of the answer form: title, due in days from the start, deliverable. */
class MilestoneRow extends HorizontalLayout {

    final TextField title = new TextField();
    final IntegerField dueInDays = new IntegerField();
    final TextField deliverable = new TextField();
    final Button remove = new Button();

    MilestoneRow(Runnable onRemove) {
        title.setLabel(getTranslation("engagement.milestone"));
        title.setMaxLength(200);
        dueInDays.setLabel(getTranslation("quote.ui.dueInDays"));
        deliverable.setLabel(getTranslation("engagement.deliverable"));
        deliverable.setMaxLength(200);
        remove.setText(getTranslation("quote.ui.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> onRemove.run());
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(title, dueInDays, deliverable, remove);
    }

    MilestoneRow with(String t, int days, String d) {
        title.setValue(t);
        dueInDays.setValue(days);
        deliverable.setValue(d);
        return this;
    }
}
