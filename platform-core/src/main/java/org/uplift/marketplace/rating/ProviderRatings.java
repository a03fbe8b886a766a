package org.uplift.marketplace.rating;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Providers' public ratings (average and count). A completed engagement's rating is added with one atomic
 * upsert ({@code $inc} of count and stars by the provider's id), so two ratings at once both count and nothing
 * is read from the engagements. Only the engagement feature records, once per engagement.
 */
@Service
public class ProviderRatings {

    public static final int MIN_STARS = 1;
    public static final int MAX_STARS = 5;

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    ProviderRatings(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
    }

    /** Adds one rating of 1–5 stars to the provider's public rating, and announces the new average. */
    public ProviderRating record(String providerTenantId, int stars) {
        if (stars < MIN_STARS || stars > MAX_STARS) {
            throw new IllegalArgumentException("Stars out of range: " + stars);
        }
        ProviderRating updated = mongo.findAndModify(query(where("_id").is(providerTenantId)),
                new Update().inc("count", 1).inc("stars", stars),
                FindAndModifyOptions.options().upsert(true).returnNew(true), ProviderRating.class);
        events.publishEvent(new ProviderRated(providerTenantId, updated.average(), updated.getCount()));
        return updated;
    }

    /** The provider's public rating; unrated (count 0, average 0) until its first completed engagement is rated. */
    public ProviderRating of(String providerTenantId) {
        return Optional.ofNullable(mongo.findById(providerTenantId, ProviderRating.class))
                .orElseGet(() -> ProviderRating.none(providerTenantId));
    }
}
