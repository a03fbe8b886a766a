package org.uplift.ui.assessment.result;

import java.util.Locale;
import java.util.Optional;

import org.uplift.assessment.Assessment;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the result page (a provider's diagnosis notes, recommendations):
 * declare a Spring bean of this type and the page shows its panel below its own sections, in bean order
 * ({@code @Order}). Called on every page view in the SME's tenant; a fresh component each time.
 */
public interface ResultPanel {

    /** The panel for this submitted or published assessment, or empty when there is nothing to show. */
    Optional<Component> panelFor(Assessment assessment, Locale locale);
}
