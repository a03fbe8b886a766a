package org.uplift.marketplace.quote;

/** A milestone a provider proposes: due so many days after the engagement starts, with what it delivers. */
public record QuoteMilestone(String title, int dueInDays, String deliverable) {
}
