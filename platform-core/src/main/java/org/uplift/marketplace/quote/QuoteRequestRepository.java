package org.uplift.marketplace.quote;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The current SME's requests (index {@code tenant_created}). */
interface QuoteRequestRepository extends MongoRepository<QuoteRequest, String> {

    List<QuoteRequest> findAllByOrderByCreatedAtDesc(Limit limit);
}
