package org.uplift.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ApiClientRepository extends MongoRepository<ApiClient, String> {

    Optional<ApiClient> findByClientId(String clientId);

    List<ApiClient> findAllByOrderByCreatedAtDesc();

    /** On the tenant_createdBy index. */
    List<ApiClient> findByCreatedByAndRevokedAtIsNull(String createdBy);
}
