package org.uplift.subsidy.programme;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The authority's own programmes (tenant-scoped; the {@code tenant_updated} index). */
interface ProgrammeRepository extends MongoRepository<Programme, String> {

    List<Programme> findAllByOrderByUpdatedAtDesc();
}
