package org.uplift.benchmarks.city;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.onboarding.Onboarding;
import org.uplift.workflows.onboarding.OnboardingProcess;

/**
 * Every generated SME has finished onboarding, as a registered SME with a profile and an assessment has: the
 * platform checks this at each start ({@code OnboardingReconciler}: an SME without a historic
 * {@value OnboardingProcess#KEY} instance gets one started). The first SME's onboarding runs for real through
 * {@link Onboarding} and its two tasks; its finished row in Camunda's {@code ACT_HI_PROCINST} is then copied for
 * every other SME (new ids, business key and tenant = the SME, its own dates), in JDBC batches. Only the process
 * instance row is copied (the reconciler's and {@link Onboarding#hasStarted}'s query); activity, task and variable
 * history exist for the first SME only.
 */
final class OnboardingHistory {

    private static final Duration HISTORY_TIME_TO_LIVE = Duration.ofDays(180);

    record Finished(String tenantId, Instant startedAt, Instant endedAt) {
    }

    private final Onboarding onboarding;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private Map<String, Object> template;
    private final List<Finished> pending = new ArrayList<>();
    private long copied;

    OnboardingHistory(Onboarding onboarding, TaskService tasks, DataSource camunda) {
        this.onboarding = onboarding;
        this.tasks = tasks;
        this.jdbc = new JdbcTemplate(camunda);
    }

    /** The first SME: onboarded for real, and its history row becomes the template of the others. */
    void runFor(String tenantId, String ownerUserId, String name) {
        onboarding.start(tenantId, ownerUserId, name);
        TenantContext.runAs(tenantId, () -> {
            for (int round = 0; round < 5; round++) {
                var open = tasks.createTaskQuery().tenantIdIn(tenantId).processDefinitionKey(OnboardingProcess.KEY).list();
                if (open.isEmpty()) {
                    break;
                }
                open.forEach(task -> tasks.complete(task.getId()));
            }
        });
        template = jdbc.queryForMap("select * from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and PROC_DEF_KEY_ = ?",
                tenantId, OnboardingProcess.KEY);
        if (template.get("END_TIME_") == null) {
            throw new IllegalStateException("The template onboarding did not finish: " + template);
        }
    }

    void copyFor(Finished sme) {
        pending.add(sme);
        if (pending.size() >= 1000) {
            flush();
        }
    }

    long copied() {
        return copied;
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(template.keySet());
        String sql = "insert into ACT_HI_PROCINST (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        List<Object[]> rows = new ArrayList<>();
        for (Finished sme : pending) {
            String id = UUID.randomUUID().toString();
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                String column = columns.get(i);
                row[i] = switch (column) {
                    case "ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_" -> id;
                    case "BUSINESS_KEY_", "TENANT_ID_" -> sme.tenantId();
                    case "START_TIME_" -> Timestamp.from(sme.startedAt());
                    case "END_TIME_" -> Timestamp.from(sme.endedAt());
                    case "REMOVAL_TIME_" -> template.get(column) == null ? null
                            : Timestamp.from(sme.endedAt().plus(HISTORY_TIME_TO_LIVE));
                    case "DURATION_" -> Duration.between(sme.startedAt(), sme.endedAt()).toMillis();
                    default -> template.get(column);
                };
            }
            rows.add(row);
        }
        jdbc.batchUpdate(sql, rows);
        copied += rows.size();
        pending.clear();
    }
}
