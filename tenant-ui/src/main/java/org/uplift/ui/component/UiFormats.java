package org.uplift.ui.component;

import org.uplift.platform.Formats;

import com.vaadin.flow.server.VaadinService;

/** The platform's {@link Formats}, for components Vaadin creates outside Spring's constructor injection. */
public final class UiFormats {

    private UiFormats() {
    }

    public static Formats formats() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(Formats.class);
    }
}
