/**
 * The provider's client list (我的客户): the SMEs that shared an assessment with it or asked it for a quote, each with
 * its current level, open quotes and engagements. One small document per (provider, SME) in the provider's tenant
 * ({@code provider_clients}), kept by the events of sharing, quotes and engagements (never computed per request), and
 * back-filled once from the data older than the list.
 */
@org.springframework.modulith.NamedInterface("clients")
package org.uplift.marketplace.clients;
