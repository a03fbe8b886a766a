package org.uplift.marketplace.solution;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Published versions of every provider: public, read by package id (the {@code package_version} index). */
interface PublishedSolutionRepository extends MongoRepository<PublishedSolution, String> {

    List<PublishedSolution> findAllByPackageIdOrderByVersionDesc(String packageId);
}
