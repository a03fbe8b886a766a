package org.uplift.workflows.inbox;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantContext;

/** What the reviewing journeys (admission, subsidy applications) ask of their claimable tasks. */
@Component
public class TaskGroups {

    private final RuntimeService runtime;
    private final Actors actors;

    TaskGroups(RuntimeService runtime, @Lazy Actors actors) {
        this.runtime = runtime;
        this.actors = actors;
    }

    /** The current tenant's candidate groups of the acting member's roles among {@code allowed}. */
    public List<String> ofActor(Collection<Role> allowed) {
        String tenant = TenantContext.require();
        return actors.current().roles().stream().filter(allowed::contains).map(role -> Inbox.group(tenant, role))
                .toList();
    }

    /** The business key of the task's process: the application (or sanction) it is about. */
    public String businessKeyOf(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }
}
