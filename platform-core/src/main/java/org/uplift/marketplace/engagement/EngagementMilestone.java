package org.uplift.marketplace.engagement;

import java.time.LocalDate;

/** A milestone of the engagement, from the accepted answer, due on a date counted from the start. */
public record EngagementMilestone(String title, String deliverable, LocalDate due) {
}
