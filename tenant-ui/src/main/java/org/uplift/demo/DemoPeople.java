package org.uplift.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;

/**
 * What the demo steps that drive a journey through its people share: a demo organisation's tenant, acting as a
 * demo person (as an API token would name them), and waiting for a task while running the pending jobs.
 */
@Component
class DemoPeople {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final Organisations organisations;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;

    DemoPeople(Organisations organisations, TaskService tasks, RuntimeService runtime, ManagementService management,
            Clock clock) {
        this.organisations = organisations;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    /** The tenant of the organisation with this credit code, or null. */
    String tenant(String creditCode) {
        return organisations.all().stream().filter(o -> creditCode.equals(o.getCreditCode())).map(Organisation::getId)
                .findFirst().orElse(null);
    }

    /** Acts as the demo person, with the roles of their membership, as an API token would name them. */
    <T> T signedIn(SignInAccount account, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        List<String> roles = account.roles().stream().map(Enum::name).toList();
        Instant now = clock.instant();
        Jwt jwt = Jwt.withTokenValue("demo-seeding").header("alg", "none").subject(account.username())
                .claim("tenant_id", account.tenantId()).claim("user_id", account.userId()).claim("roles", roles)
                .issuedAt(now).expiresAt(now.plusSeconds(60)).build();
        context.setAuthentication(new JwtAuthenticationToken(jwt,
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        try {
            return TenantContext.callAs(account.tenantId(), work);
        } finally {
            context.setAuthentication(previous);
        }
    }

    /**
     * Runs the pending jobs (the executor may not run yet) of the processes with this business key until the task
     * of the given process is there; false if it does not come or no such process runs.
     */
    boolean waitFor(String businessKey, String processKey, String taskKey) {
        for (int attempt = 0; attempt < 50; attempt++) {
            if (tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskKey).count() > 0) {
                return true;
            }
            var instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
            if (instances.isEmpty()) {
                return false;
            }
            instances.forEach(instance -> management.createJobQuery().processInstanceId(instance.getId())
                    .executable().list().forEach(job -> {
                        try {
                            management.executeJob(job.getId());
                        } catch (RuntimeException takenByTheExecutor) {
                            log.debug("Demo job {} ran elsewhere: {}", job.getId(), takenByTheExecutor.toString());
                        }
                    }));
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
