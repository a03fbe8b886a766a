package org.uplift.workflows.subsidy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.notification.Delivery;
import org.uplift.notification.Notifications;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;

/**
 * The review SLA's clock, on a schedule rather than BPMN timers (the process model stays as its owners keep it):
 * a stage task past its due date is escalated to the authority's programme managers, and an SME whose information
 * deadline is near is warned. Each happens once per task, marked by a task-local variable.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(ReviewSla.class)
class ReviewSlaCheck {

    static final String ESCALATED = "slaEscalatedAt";
    static final String WARNED = "deadlineWarnedAt";
    static final String DEADLINE_WARNING = "notification.subsidy.deadlineApproaching";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Logger log = LoggerFactory.getLogger(ReviewSlaCheck.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ReviewTaskNotices notices;
    private final Team team;
    private final Notifications notifications;
    private final ReviewSla sla;
    private final ZoneId zone;
    private final Clock clock;

    ReviewSlaCheck(TaskService tasks, RuntimeService runtime, ReviewTaskNotices notices, Team team,
            Notifications notifications, ReviewSla sla, SubsidyProperties subsidy, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.notices = notices;
        this.team = team;
        this.notifications = notifications;
        this.sla = sla;
        this.zone = subsidy.zone();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${uplift.subsidy.applications.review-sla.check-every:PT15M}",
            initialDelayString = "${uplift.subsidy.applications.review-sla.check-every:PT15M}")
    void periodically() {
        Instant now = clock.instant();
        escalateOverdue(now);
        warnOfDeadlines(now);
    }

    /** Escalates each stage task due before {@code now} that was not escalated yet; how many it escalated. */
    int escalateOverdue(Instant now) {
        List<Task> overdue = tasks.createTaskQuery().active().processDefinitionKey(ApplicationProcess.KEY)
                .taskDefinitionKeyIn(ApplicationWork.STAGES.keySet().toArray(String[]::new))
                .dueBefore(Date.from(now)).orderByDueDate().asc().list();
        int escalated = 0;
        for (Task task : overdue) {
            if (tasks.getVariableLocal(task.getId(), ESCALATED) != null) {
                continue;
            }
            tasks.setVariableLocal(task.getId(), ESCALATED, now.toString());
            try {
                notices.overdue(task.getTenantId(), businessKey(task),
                        ApplicationWork.STAGES.get(task.getTaskDefinitionKey()), format(task.getDueDate()));
                escalated++;
            } catch (RuntimeException e) {
                log.warn("Could not escalate the overdue task {}", task.getId(), e);
            }
        }
        return escalated;
    }

    /** Warns the SME's owners of each information deadline within the warning period; how many it warned. */
    int warnOfDeadlines(Instant now) {
        List<Task> near = tasks.createTaskQuery().active().processDefinitionKey(ApplicationProcess.KEY)
                .taskDefinitionKey(ApplicationProcess.PROVIDE_INFORMATION).dueAfter(Date.from(now))
                .dueBefore(Date.from(now.plus(sla.informationWarning()))).list();
        int warned = 0;
        for (Task task : near) {
            if (tasks.getVariableLocal(task.getId(), WARNED) != null) {
                continue;
            }
            tasks.setVariableLocal(task.getId(), WARNED, now.toString());
            String sme = (String) runtime.getVariable(task.getExecutionId(), ApplicationProcess.SME_TENANT_ID);
            String applicationId = businessKey(task);
            String due = format(task.getDueDate());
            TenantContext.runAs(sme, () -> team.members().stream()
                    .filter(m -> m.roles().contains(Role.ENTERPRISE_OWNER))
                    .forEach(m -> notifications.notify(m.userId(), DEADLINE_WARNING, List.of(due),
                            "applications/" + applicationId, Delivery.IN_APP_AND_MAIL)));
            warned++;
        }
        return warned;
    }

    private String businessKey(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    private String format(Date date) {
        return DATE_TIME.withZone(zone).format(date.toInstant());
    }
}
