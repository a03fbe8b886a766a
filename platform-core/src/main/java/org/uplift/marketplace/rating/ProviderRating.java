package org.uplift.marketplace.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider's public rating: how many completed engagements rated it and the sum of their stars. Keyed by the
 * provider's tenant id; the same size however many ratings it gets.
 */
@Document(ProviderRating.COLLECTION)
public class ProviderRating {

    static final String COLLECTION = "provider_ratings";

    @Id
    private String providerTenantId;
    private long count;
    private long stars;

    protected ProviderRating() {
    }

    ProviderRating(String providerTenantId, long count, long stars) {
        this.providerTenantId = providerTenantId;
        this.count = count;
        this.stars = stars;
    }

    static ProviderRating none(String providerTenantId) {
        return new ProviderRating(providerTenantId, 0, 0);
    }

    public String getProviderTenantId() { return providerTenantId; }
    public long getCount() { return count; }
    public long getStars() { return stars; }

    /** The average, 0–5 with one decimal (half up); 0 while unrated. */
    public BigDecimal average() {
        return count == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
