/**
 * The result page of a submitted assessment ({@code assessments/<id>/result}): scores, scenario ratings,
 * level, the gap to the next level, a radar chart against the peers' median, the T0/T1 comparison of a
 * re-assessment, and a what-if simulator that scores changed answers without saving them. Other features
 * add their own sections through {@link org.uplift.ui.assessment.result.ResultPanel} beans.
 */
package org.uplift.ui.assessment.result;
