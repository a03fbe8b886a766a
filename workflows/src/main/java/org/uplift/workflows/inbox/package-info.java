/**
 * The work inbox: the open tasks of the current tenant that the current user may do, and completing
 * them. Every task query is confined to the caller's tenant and groups ({@code <tenantId>:<ROLE>}).
 */
package org.uplift.workflows.inbox;
