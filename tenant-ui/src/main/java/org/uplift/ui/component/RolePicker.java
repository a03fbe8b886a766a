package org.uplift.ui.component;

import org.uplift.identity.Role;
import org.uplift.tenancy.TenantKind;

import com.vaadin.flow.component.checkbox.CheckboxGroup;

/** Chooses among the roles of one kind of tenant, labelled in the user's language. */
public final class RolePicker {

    private RolePicker() {
    }

    public static CheckboxGroup<Role> forKind(TenantKind kind, String label) {
        var picker = new CheckboxGroup<Role>(label);
        picker.setItems(Role.of(kind));
        picker.setItemLabelGenerator(role -> picker.getTranslation("role." + role.name()));
        return picker;
    }
}
