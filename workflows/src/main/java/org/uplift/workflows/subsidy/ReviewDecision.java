package org.uplift.workflows.subsidy;

/** What a reviewer decides on a stage task (at the district, APPROVE means "recommend"). */
public enum ReviewDecision {
    APPROVE, REJECT, MORE_INFORMATION
}
