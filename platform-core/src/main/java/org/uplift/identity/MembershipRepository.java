package org.uplift.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MembershipRepository extends MongoRepository<Membership, String> {

    Optional<Membership> findByUserId(String userId);

    List<Membership> findAllByOrderBySinceAsc();
}
