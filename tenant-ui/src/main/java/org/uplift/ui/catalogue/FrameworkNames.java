package org.uplift.ui.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.assessment.framework.Scenario;
import org.uplift.ui.component.Localized;

/** The names of a framework's scenarios and dimensions in the UI's language; the key where it is unknown. */
final class FrameworkNames {

    private final Optional<Framework> framework;
    private final Locale locale;

    private FrameworkNames(Optional<Framework> framework, Locale locale) {
        this.framework = framework;
        this.locale = locale;
    }

    static FrameworkNames of(FrameworkCatalog frameworks, String frameworkId, Locale locale) {
        return new FrameworkNames(frameworks.latest(frameworkId == null ? Assessments.MIIT : frameworkId), locale);
    }

    String scenario(String key) {
        return framework.flatMap(f -> f.scenario(key)).map(s -> Localized.text(locale, s.nameZh(), s.nameEn()))
                .orElse(key);
    }

    String dimension(String key) {
        return framework.flatMap(f -> f.dimensions().stream().filter(d -> d.key().equals(key)).findFirst())
                .map(d -> Localized.text(locale, d.nameZh(), d.nameEn())).orElse(key);
    }

    /** A scenario or dimension key, whichever the framework knows it as. */
    String any(String key) {
        boolean scenario = framework.flatMap(f -> f.scenario(key)).isPresent();
        return scenario ? scenario(key) : dimension(key);
    }

    List<String> scenarioKeys() {
        return framework.map(f -> f.scenarios().map(Scenario::key).toList()).orElse(List.of());
    }

    List<String> dimensionKeys() {
        return framework.map(f -> f.dimensions().stream().map(Dimension::key).toList()).orElse(List.of());
    }
}
