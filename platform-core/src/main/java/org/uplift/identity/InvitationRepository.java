package org.uplift.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface InvitationRepository extends MongoRepository<Invitation, String> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByAcceptedAtIsNullOrderByExpiresAtDesc();
}
