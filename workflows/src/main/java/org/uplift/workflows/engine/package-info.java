/**
 * Engine wiring: every process instance carries the tenant of the organisation it serves, and
 * delegates run as that tenant (jobs run on the job executor's threads, which inherit nothing).
 */
package org.uplift.workflows.engine;
