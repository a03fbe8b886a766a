package org.uplift.subsidy.claim;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The parties' copies (index {@code tenant_application}). */
interface ClaimCopyRepository extends MongoRepository<ClaimCopy, String> {

    Optional<ClaimCopy> findByApplicationId(String applicationId);
}
