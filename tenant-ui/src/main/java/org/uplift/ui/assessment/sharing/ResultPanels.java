package org.uplift.ui.assessment.sharing;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.uplift.assessment.Assessment;
import org.uplift.ui.assessment.result.ResultPanel;

/** What this feature adds to the result page: the improvement plan, the provider's notes, sharing. */
@Configuration(proxyBeanMethods = false)
class ResultPanels {

    @Bean
    @Order(1)
    ResultPanel recommendationsOnResult() {
        return (assessment, locale) -> Optional.of(new RecommendationsPanel(assessment.getId()));
    }

    @Bean
    @Order(2)
    ResultPanel diagnosisNotesOnResult() {
        return (assessment, locale) -> Optional.ofNullable(assessment.getDiagnosis())
                .map(diagnosis -> new DiagnosisNotesPanel(assessment.getId()));
    }

    @Bean
    @Order(3)
    ResultPanel sharingOnResult() {
        return (assessment, locale) -> Optional.of(new SharingPanel(assessment.getId(),
                assessment.getStatus() != Assessment.Status.PUBLISHED));
    }
}
