package org.uplift.organisation;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CompanyProfileRepository extends MongoRepository<CompanyProfile, String> {

    /** The tenant filter leaves at most the current tenant's profile. */
    Optional<CompanyProfile> findFirstBy();
}
