package org.uplift.workflows.subsidy;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Adds {@link ReviewTaskCreated} to the stage tasks of {@code subsidy-application} as the engine parses it: the
 * review SLA is configuration, kept out of the BPMN its process owners edit.
 */
@Component
class ReviewSlaPlugin extends AbstractProcessEnginePlugin {

    private final TaskListener created;

    ReviewSlaPlugin(@Lazy ReviewTaskCreated created) {
        this.created = created;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        && ApplicationProcess.KEY.equals(definition.getKey())
                        && ApplicationWork.STAGES.containsKey(activity.getId())
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, created);
                }
            }
        });
    }
}
