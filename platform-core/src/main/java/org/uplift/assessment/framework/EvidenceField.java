package org.uplift.assessment.framework;

/** A number the SME reports as evidence for a question (e.g. how many devices are digital). */
public record EvidenceField(String key, String labelZh, String labelEn, String unitZh) {
}
