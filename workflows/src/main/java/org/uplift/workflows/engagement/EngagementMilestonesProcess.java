package org.uplift.workflows.engagement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uplift.marketplace.engagement.EngagementProperties;
import org.uplift.marketplace.engagement.EngagementStarted;
import org.uplift.marketplace.engagement.MilestoneConfirmed;
import org.uplift.tenancy.TenantContext;

/**
 * Starts the {@code engagement-milestones} process when an engagement starts (one per engagement, keyed by its id,
 * in the SME's tenant) and tells it of each milestone's confirmation, which ends that milestone's timer.
 */
@Service
class EngagementMilestonesProcess {

    private static final Logger log = LoggerFactory.getLogger(EngagementMilestonesProcess.class);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final RuntimeService runtime;
    private final EngagementProperties properties;

    EngagementMilestonesProcess(RuntimeService runtime, EngagementProperties properties) {
        this.runtime = runtime;
        this.properties = properties;
    }

    /** Overdue from the end of the due day in China, plus {@code uplift.marketplace.engagements.overdue-after}. */
    String overdueAt(LocalDate due) {
        return due.plusDays(1).atStartOfDay(CHINA).toInstant().plus(properties.overdueAfter()).toString();
    }

    @EventListener
    void on(EngagementStarted started) {
        if (started.milestoneDues().isEmpty()) {
            return;
        }
        TenantContext.runAs(started.smeTenantId(), () -> {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(EngagementProcess.KEY)
                    .tenantIdIn(started.smeTenantId()).processInstanceBusinessKey(started.engagementId()).count() > 0) {
                return;
            }
            var instance = runtime.startProcessInstanceByKey(EngagementProcess.KEY, started.engagementId(),
                    Variables.createVariables()
                            .putValue(EngagementProcess.ENGAGEMENT_ID, started.engagementId())
                            .putValue(EngagementProcess.OVERDUE_ATS, started.milestoneDues().stream()
                                    .map(this::overdueAt).collect(Collectors.joining(","))));
            log.info("Engagement {} milestones followed: process instance {}", started.engagementId(), instance.getId());
        });
    }

    @EventListener
    void on(MilestoneConfirmed confirmed) {
        TenantContext.runAs(confirmed.smeTenantId(), () -> runtime
                .createMessageCorrelation(EngagementProcess.CONFIRMED_MESSAGE + confirmed.milestoneIndex())
                .tenantId(confirmed.smeTenantId())
                .processInstanceBusinessKey(confirmed.engagementId()).correlateAll());
    }
}
