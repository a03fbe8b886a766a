package org.uplift.marketplace.engagement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The current party's engagements (indexes {@code tenant_engagement}, {@code tenant_started}). */
interface EngagementRepository extends MongoRepository<Engagement, String> {

    Optional<Engagement> findByEngagementId(String engagementId);

    List<Engagement> findAllByOrderByStartedAtDesc(Limit limit);
}
