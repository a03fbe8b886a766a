package org.uplift.workflows.engagement;

/** The names the {@code engagement-milestones} model and its code share. */
public final class EngagementProcess {

    public static final String KEY = "engagement-milestones";
    public static final String FOLLOW = "followMilestone";
    public static final String AWAIT = "confirmedOrOverdue";
    public static final String OVERDUE_TIMER = "milestoneOverdue";
    public static final String TELL_OVERDUE = "tellMilestoneOverdue";
    public static final String CONFIRMED_IN_TIME = "confirmedInTime";
    public static final String CONFIRMED_LATE = "confirmedLate";
    /** The message a milestone's confirmation sends, followed by the milestone's index. */
    public static final String CONFIRMED_MESSAGE = "milestoneConfirmed-";

    public static final String ENGAGEMENT_ID = "engagementId";
    public static final String OVERDUE_ATS = "overdueAts";
    public static final String MILESTONE_INDEX = "milestoneIndex";

    private EngagementProcess() {
    }
}
