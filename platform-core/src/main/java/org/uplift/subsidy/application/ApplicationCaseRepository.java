package org.uplift.subsidy.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The authority's cases (indexes {@code tenant_application}, {@code tenant_submitted}). */
interface ApplicationCaseRepository extends MongoRepository<ApplicationCase, String> {

    Optional<ApplicationCase> findByApplicationId(String applicationId);

    /** Only inside {@code CrossTenantAccess}, naming the authority ({@link ApplicationParties}). */
    Optional<ApplicationCase> findByTenantIdAndApplicationId(String tenantId, String applicationId);

    List<ApplicationCase> findAllByOrderBySubmittedAtDesc(Limit limit);
}
