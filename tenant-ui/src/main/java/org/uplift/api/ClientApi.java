package org.uplift.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.identity.Role;
import org.uplift.marketplace.clients.ProviderClient;
import org.uplift.marketplace.clients.ProviderClients;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.security.UpliftPrincipal;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.Violations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A provider's client list (我的客户): the SMEs that shared an assessment with it or asked it for a quote, most
 * recent activity first. Provider admins and consultants only (403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "我的客户: a provider's SMEs with their level, open quotes and engagements")
class ClientApi {

    private final ApiCaller caller;
    private final ProviderClients clients;

    ClientApi(ApiCaller caller, ProviderClients clients) {
        this.caller = caller;
        this.clients = clients;
    }

    /**
     * One SME: {@code level} of its latest shared, published assessment (null when none is shared); the ids to
     * open with the shared-assessment, quote and engagement endpoints.
     */
    record Client(String smeTenantId, String smeName, Integer level, List<String> sharedAssessmentIds,
            long openQuotes, Map<String, QuoteStatus> quotes, Map<String, EngagementStatus> engagements,
            Instant lastActivityAt) {
        static Client of(ProviderClient c) {
            return new Client(c.getSmeTenantId(), c.getSmeName(), c.level().orElse(null),
                    List.copyOf(c.getShares().keySet()), c.openQuoteCount(),
                    c.getQuotes().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> e.getValue().status())),
                    c.getEngagements().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> e.getValue().status())),
                    c.getLastActivityAt());
        }
    }

    record Page(List<Client> items, int page, int size, long total) {
    }

    @GetMapping
    @Operation(summary = "The provider's clients, most recent activity first", description = "page from 0; size 1 to 100")
    Page list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        UpliftPrincipal user = caller.get();
        if (user.tenantKind() != TenantKind.PROVIDER
                || !(user.has(Role.PROVIDER_ADMIN) || user.has(Role.PROVIDER_CONSULTANT))) {
            throw new ApiProblems.Forbidden();
        }
        Violations violations = new Violations();
        Integer number = number(violations, "page", page);
        Integer pageSize = number(violations, "size", size);
        violations.throwIfAny();
        var found = clients.page(number == null ? 0 : number, pageSize == null ? ProviderClients.DEFAULT_SIZE : pageSize);
        return new Page(found.items().stream().map(Client::of).toList(), found.page(), found.size(), found.total());
    }

    private static Integer number(Violations violations, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            violations.add(field, CatalogueApi.NOT_A_NUMBER);
            return null;
        }
    }
}
