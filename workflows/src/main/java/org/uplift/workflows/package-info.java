/**
 * Workflows: the BPMN and DMN journeys, the delegates that perform their steps, and the services
 * that start and move processes. Core announces what happened with events; this module reacts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflows")
package org.uplift.workflows;
