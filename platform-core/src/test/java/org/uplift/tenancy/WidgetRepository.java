package org.uplift.tenancy;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface WidgetRepository extends MongoRepository<Widget, String> {

    List<Widget> findByColour(String colour);

    @Query("{ 'size': { '$gte': ?0 } }")
    List<Widget> bigOnes(int minSize);

    long countByColour(String colour);
}
