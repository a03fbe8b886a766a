package org.uplift.ui.assessment;

import com.vaadin.flow.component.Component;

/** How a maturity level reads: "二级", or that no level is reached (0). */
final class Levels {

    private Levels() {
    }

    static String name(Component translator, Integer level) {
        if (level == null) {
            return translator.getTranslation("wizard.level.pending");
        }
        return level == 0 ? translator.getTranslation("wizard.level.none")
                : translator.getTranslation("wizard.level.value", level);
    }
}
