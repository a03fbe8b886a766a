package org.uplift.assessment.sharing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessment;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantOwned;

/**
 * Every active share of the platform, once, as the {@link AssessmentShared} it was announced with: for rebuilding
 * what providers derive from shares (their client lists) from data older than that derivation. One read of the
 * share collection, and one read of each shared assessment (its level) through {@link CrossTenantAccess}.
 */
@Component
public class ActiveShares {

    static final String REASON = "rebuilding providers' client lists from the active shares";

    private final MongoTemplate mongo;

    ActiveShares(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void forEach(Consumer<AssessmentShared> each) {
        try (var shares = mongo.stream(new Query(), AssessmentShare.class)) {
            shares.filter(AssessmentShare::isActive).forEach(share -> {
                Assessment assessment = CrossTenantAccess.call(REASON, () -> mongo.findOne(query(where("_id")
                        .is(share.getAssessmentId()).and(TenantOwned.FIELD).is(share.getSmeTenantId())),
                        Assessment.class));
                if (assessment != null) {
                    each.accept(new AssessmentShared(share.getSmeTenantId(), share.getAssessmentId(),
                            share.getProviderTenantId(), AssessmentShares.publishedLevel(assessment),
                            share.getSharedAt()));
                }
            });
        }
    }
}
