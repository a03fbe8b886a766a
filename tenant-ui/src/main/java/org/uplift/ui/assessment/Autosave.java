package org.uplift.ui.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.uplift.assessment.Assessment;
import org.uplift.validation.InputRejectedException;

/**
 * Where the wizard's fields send each answer the moment it is given. Each call stores one field
 * atomically and returns the assessment as stored.
 *
 * @throws InputRejectedException (every method) when the input is refused; nothing is stored then
 */
interface Autosave {

    Assessment answer(String questionKey, List<String> letters);

    Assessment evidence(String questionKey, String fieldKey, BigDecimal value);

    Assessment scenario(String scenarioKey, int rating);
}
