package org.uplift.marketplace.pool;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProviderStandingRepository extends MongoRepository<ProviderStanding, String> {

    List<ProviderStanding> findAllByStatus(PoolStatus status);
}
