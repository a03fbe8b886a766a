package org.uplift.ui.packages;

import java.util.ArrayList;
import java.util.List;

import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.Violations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Rows the provider adds and removes (cost lines, scenarios, reference cases). Row {@code i}'s fields are
 * named as the domain names them ({@code costLines[1].amountFen}), so its refusals show on the row, and
 * its components get ids {@code <idPrefix>-<part>-<i>} for tests.
 */
abstract class RowList<T> extends VerticalLayout {

    /** One row's fields. */
    interface Row<T> {
        /** The fields of the row, without the remove button. */
        List<Component> fields();

        /** The row's value; amounts that do not parse are named in {@code violations}. */
        T value(String field, Violations violations);

        void bind(FieldErrors errors, String field);

        void setIds(String idPrefix, int index);

        void setReadOnly(boolean readOnly);
    }

    private final String field;
    private final String idPrefix;
    private final VerticalLayout container = new VerticalLayout();
    private final List<Row<T>> rows = new ArrayList<>();
    private final List<HorizontalLayout> lines = new ArrayList<>();
    private final Button add;
    private boolean readOnly;

    RowList(String title, String addLabel, String field, String idPrefix) {
        this.field = field;
        this.idPrefix = idPrefix;
        container.setPadding(false);
        container.setSpacing(false);
        add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-" + idPrefix);
        setPadding(false);
        add(new H4(title), container, add);
    }

    /** A new row, empty when {@code value} is null. */
    abstract Row<T> newRow(T value);

    void setValues(List<T> values) {
        rows.clear();
        lines.clear();
        container.removeAll();
        values.forEach(this::addRow);
    }

    List<T> values(Violations violations) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            values.add(rows.get(i).value(field + "[" + i + "]", violations));
        }
        return values;
    }

    void bind(FieldErrors errors) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).bind(errors, field + "[" + i + "]");
        }
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        rows.forEach(r -> r.setReadOnly(readOnly));
        lines.forEach(line -> line.getComponentAt(line.getComponentCount() - 1).setVisible(!readOnly));
    }

    private void addRow(T value) {
        Row<T> row = newRow(value);
        var line = new HorizontalLayout();
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.fields().forEach(line::add);
        var remove = new Button(getTranslation("packages.row.remove"), VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            int index = lines.indexOf(line);
            rows.remove(index);
            lines.remove(index);
            container.remove(line);
            renumber();
        });
        remove.setVisible(!readOnly);
        line.add(remove);
        row.setReadOnly(readOnly);
        rows.add(row);
        lines.add(line);
        container.add(line);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setIds(idPrefix, i);
            lines.get(i).getComponentAt(lines.get(i).getComponentCount() - 1).setId(idPrefix + "-remove-" + i);
        }
    }
}
