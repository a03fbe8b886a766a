package org.uplift.subsidy.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The SME's copies (indexes {@code tenant_application}, {@code tenant_submitted}, {@code tenant_engagement}). */
interface ApplicantCopyRepository extends MongoRepository<ApplicantCopy, String> {

    Optional<ApplicantCopy> findByApplicationId(String applicationId);

    List<ApplicantCopy> findAllByOrderBySubmittedAtDesc(Limit limit);

    List<ApplicantCopy> findAllByEngagementId(String engagementId);
}
