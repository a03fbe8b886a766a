package org.uplift.subsidy.programme;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Public terms by programme id, and the open ones (a handful per city, on the status index). */
interface PublishedProgrammeRepository extends MongoRepository<PublishedProgramme, String> {

    List<PublishedProgramme> findAllByStatus(ProgrammeStatus status);
}
