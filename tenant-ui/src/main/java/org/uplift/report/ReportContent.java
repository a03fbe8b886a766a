package org.uplift.report;

import java.time.Instant;
import java.util.Optional;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.gap.Gap;

/**
 * Everything one report shows, gathered from the domain before anything is laid out.
 *
 * @param level    the overall level (0 = none reached); null where the framework has no levels
 * @param gap      the way to the next level; empty at the top level or without levels
 * @param previous the assessment this one re-assesses (T0), when there is one
 */
record ReportContent(String organisationName, Assessment assessment, Framework framework, Integer level,
        Optional<Gap> gap, Peers peers, Optional<Previous> previous, Instant generatedAt) {

    /** The comparison with the first segment that has enough peers, or why there is none. */
    record Peers(org.uplift.assessment.benchmark.Segment segment, Comparison comparison) {
    }

    record Previous(Assessment assessment, Integer level) {
    }
}
