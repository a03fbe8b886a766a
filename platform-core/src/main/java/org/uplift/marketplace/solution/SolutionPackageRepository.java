package org.uplift.marketplace.solution;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The current provider's packages (the tenant filter applies to every query). */
interface SolutionPackageRepository extends MongoRepository<SolutionPackage, String> {

    List<SolutionPackage> findAllByOrderByUpdatedAtDesc();
}
