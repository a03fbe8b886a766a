package org.uplift.marketplace.quote;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The current provider's quotes (indexes {@code tenant_status_created}, {@code tenant_created}). */
interface QuoteRepository extends MongoRepository<Quote, String> {

    List<Quote> findAllByStatusInOrderByCreatedAtDesc(Collection<QuoteStatus> statuses, Limit limit);

    List<Quote> findAllByOrderByCreatedAtDesc(Limit limit);
}
