package org.uplift.workflows.subsidy;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.identity.Team;
import org.uplift.identity.TeamMember;
import org.uplift.notification.Delivery;
import org.uplift.notification.Notifications;
import org.uplift.subsidy.application.ReviewStage;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.tenancy.TenantContext;

/**
 * Notices to the authority's people about review tasks, in the bell and by e-mail: a new task to those who may
 * take it, an overdue one to the programme managers. Posted in the authority's tenant.
 */
@Component
class ReviewTaskNotices {

    static final String ASSIGNED = "notification.subsidy.taskAssigned.";
    static final String OVERDUE = "notification.subsidy.overdue.";

    private final Team team;
    private final Notifications notifications;
    private final SubsidyApplications applications;

    ReviewTaskNotices(Team team, Notifications notifications, SubsidyApplications applications) {
        this.team = team;
        this.notifications = notifications;
        this.applications = applications;
    }

    /** A stage task was created: tells its assignee, or else every member holding one of the stage's roles. */
    void assigned(String authorityTenantId, String applicationId, ReviewStage stage, String assignee) {
        Predicate<TeamMember> who = assignee != null ? m -> m.userId().equals(assignee)
                : m -> m.roles().stream().anyMatch(stage.deciders()::contains);
        tell(authorityTenantId, applicationId, ASSIGNED + stage, who);
    }

    /** A stage task is past its due date: tells the programme managers. */
    void overdue(String authorityTenantId, String applicationId, ReviewStage stage, String due) {
        tell(authorityTenantId, applicationId, OVERDUE + stage, m -> m.roles().contains(Role.PROGRAMME_MANAGER), due);
    }

    private void tell(String tenantId, String applicationId, String key, Predicate<TeamMember> who, String... more) {
        TenantContext.runAs(tenantId, () -> {
            SubsidyApplication a = SystemWork.call("review task notice", () -> applications.find(applicationId))
                    .orElse(null);
            if (a == null) {
                return;
            }
            List<String> arguments = new java.util.ArrayList<>(List.of(a.getSmeName(), a.getProgrammeName()));
            arguments.addAll(List.of(more));
            team.members().stream().filter(who).map(TeamMember::userId).distinct()
                    .forEach(user -> notifications.notify(user, key, arguments, "applications/" + applicationId,
                            Delivery.IN_APP_AND_MAIL));
        });
    }

}
