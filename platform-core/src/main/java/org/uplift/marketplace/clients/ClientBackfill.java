package org.uplift.marketplace.clients;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.uplift.assessment.sharing.ActiveShares;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.quote.Quote;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.CrossTenantAccess;

/**
 * Builds the client lists from the shares, quotes and engagements that existed before the lists did: each read
 * once, each applied like its event (so a run cut short and run again, or a run over data the events already
 * applied, changes nothing twice), then recorded as done so it never runs again.
 */
@Component
class ClientBackfill {

    private static final Logger log = LoggerFactory.getLogger(ClientBackfill.class);

    static final String MIGRATION = "provider-clients-v1";
    static final String REASON = "back-filling providers' client lists from existing quotes and engagements";

    private final ActiveShares shares;
    private final ClientWrites writes;
    private final Organisations organisations;
    private final MongoTemplate mongo;
    private final Clock clock;

    ClientBackfill(ActiveShares shares, ClientWrites writes, Organisations organisations, MongoTemplate mongo,
            Clock clock) {
        this.shares = shares;
        this.writes = writes;
        this.organisations = organisations;
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (mongo.findById(MIGRATION, CompletedMigration.class) == null) {
            run();
        }
    }

    void run() {
        int[] counted = new int[3];
        shares.forEach(s -> {
            counted[0]++;
            writes.shared(s.providerTenantId(), s.smeTenantId(),
                    organisations.find(s.smeTenantId()).map(Organisation::getName).orElse(null), s.assessmentId(), s.level(), s.sharedAt());
        });
        CrossTenantAccess.run(REASON, () -> {
            try (var quotes = mongo.stream(new Query(), Quote.class)) {
                quotes.forEach(q -> {
                    counted[1]++;
                    writes.quote(q.getTenantId(), q.getSmeTenantId(), q.getSmeName(), q.getId(), q.getRequestId(),
                            q.getStatus(), q.getRepliedAt() != null ? q.getRepliedAt() : q.getCreatedAt());
                });
            }
            try (var engagements = mongo.stream(new Query(), Engagement.class)) {
                engagements.filter(e -> e.getTenantId().equals(e.getProviderTenantId())).forEach(e -> {
                    counted[2]++;
                    writes.engagement(e.getProviderTenantId(), e.getSmeTenantId(), e.getSmeName(), e.getEngagementId(),
                            e.getStatus(), e.getCompletedAt() != null ? e.getCompletedAt() : e.getStartedAt());
                });
            }
        });
        mongo.save(new CompletedMigration(MIGRATION, clock.instant()));
        log.info("Client lists back-filled from {} shares, {} quotes and {} engagements", counted[0], counted[1],
                counted[2]);
    }
}
