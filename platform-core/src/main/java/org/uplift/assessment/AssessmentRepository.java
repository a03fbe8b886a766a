package org.uplift.assessment;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The current tenant's assessments (the tenant filter applies to every query). */
interface AssessmentRepository extends MongoRepository<Assessment, String> {

    boolean existsByStatus(Assessment.Status status);

    /** Newest first; ids break ties within the same millisecond. */
    List<Assessment> findAllByOrderByStartedAtDescIdDesc();
}
