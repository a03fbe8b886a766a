package org.uplift.ui.packages;

import java.util.List;

import org.uplift.marketplace.solution.ReferenceCase;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.Violations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** Clients the provider delivered the package to, as it tells them. */
class ReferenceCaseRows extends RowList<ReferenceCase> {

    ReferenceCaseRows(String title, String addLabel) {
        super(title, addLabel, "referenceCases", "reference");
    }

    @Override
    Row<ReferenceCase> newRow(ReferenceCase value) {
        var client = new TextField(getTranslation("packages.reference.client"));
        var industry = new TextField(getTranslation("packages.reference.industry"));
        var year = new IntegerField(getTranslation("packages.reference.year"));
        year.setWidth("7em");
        var outcome = new TextField(getTranslation("packages.reference.outcome"));
        outcome.setWidth("24em");
        if (value != null) {
            client.setValue(value.client() == null ? "" : value.client());
            industry.setValue(value.industry() == null ? "" : value.industry());
            year.setValue(value.year());
            outcome.setValue(value.outcome() == null ? "" : value.outcome());
        }
        return new Row<>() {
            public List<Component> fields() {
                return List.of(client, industry, year, outcome);
            }

            public ReferenceCase value(String field, Violations violations) {
                return new ReferenceCase(client.getValue(), industry.getValue(),
                        year.getValue() == null ? 0 : year.getValue(), outcome.getValue());
            }

            public void bind(FieldErrors errors, String field) {
                errors.bind(field + ".client", client).bind(field + ".industry", industry)
                        .bind(field + ".year", year).bind(field + ".outcome", outcome).bind(field, client);
            }

            public void setIds(String prefix, int i) {
                client.setId(prefix + "-client-" + i);
                industry.setId(prefix + "-industry-" + i);
                year.setId(prefix + "-year-" + i);
                outcome.setId(prefix + "-outcome-" + i);
            }

            public void setReadOnly(boolean readOnly) {
                client.setReadOnly(readOnly);
                industry.setReadOnly(readOnly);
                year.setReadOnly(readOnly);
                outcome.setReadOnly(readOnly);
            }
        };
    }
}
