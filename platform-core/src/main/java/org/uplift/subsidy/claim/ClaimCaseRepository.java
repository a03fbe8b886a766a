package org.uplift.subsidy.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The authority's cases (indexes {@code tenant_application}, {@code tenant_status_filed}). */
interface ClaimCaseRepository extends MongoRepository<ClaimCase, String> {

    Optional<ClaimCase> findByApplicationId(String applicationId);

    List<ClaimCase> findAllByStatusOrderByFiledAtAsc(ClaimStatus status, Limit limit);
}
