package org.uplift.ui.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.validation.InputRejectedException;

/** Autosaves one draft as the live actor (the domain asks who that is), and tells the wizard after every save and every refusal. */
final class DraftAutosave implements Autosave {

    private final Assessments assessments;
    private final String assessmentId;
    private final Consumer<Assessment> saved;
    private final Runnable refused;

    DraftAutosave(Assessments assessments, String assessmentId, Consumer<Assessment> saved, Runnable refused) {
        this.assessments = assessments;
        this.assessmentId = assessmentId;
        this.saved = saved;
        this.refused = refused;
    }

    @Override
    public Assessment answer(String questionKey, List<String> letters) {
        return save(() -> assessments.saveAnswer(assessmentId, questionKey, letters));
    }

    @Override
    public Assessment evidence(String questionKey, String fieldKey, BigDecimal value) {
        return save(() -> assessments.saveEvidence(assessmentId, questionKey, fieldKey, value));
    }

    @Override
    public Assessment scenario(String scenarioKey, int rating) {
        return save(() -> assessments.saveScenario(assessmentId, scenarioKey, rating));
    }

    private Assessment save(Supplier<Assessment> write) {
        try {
            Assessment stored = write.get();
            saved.accept(stored);
            return stored;
        } catch (InputRejectedException rejected) {
            refused.run();
            throw rejected;
        }
    }
}
