/**
 * The work inbox: the open tasks of the current tenant that the current user may do, and completing
 * them. Every task query is confined to the caller's tenant and groups ({@code <tenantId>:<ROLE>}).
 * Exposed to the UI and the API as the module's named interface "inbox".
 */
@org.springframework.modulith.NamedInterface("inbox")
package org.uplift.workflows.inbox;
