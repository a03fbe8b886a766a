package org.uplift.marketplace.admission;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PoolApplicationRepository extends MongoRepository<PoolApplication, String> {

    List<PoolApplication> findAllByOrderBySubmittedAtDesc();
}
