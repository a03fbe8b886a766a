package org.uplift.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.uplift.tenancy.TenantKind;

interface OrganisationRepository extends MongoRepository<Organisation, String> {

    Optional<Organisation> findByCreditCode(String creditCode);

    List<Organisation> findAllByOrderByRegisteredAtDesc();

    long countByKind(TenantKind kind);

    List<Organisation> findAllByKindOrderByNameAsc(TenantKind kind);
}
