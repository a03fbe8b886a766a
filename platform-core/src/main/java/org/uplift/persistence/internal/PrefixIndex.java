package org.uplift.persistence.internal;

import de.bwaldvogel.mongo.bson.Document;

/** An index that can narrow a query fixing some of its leading fields, not only all of them. */
interface PrefixIndex {

    /** How many leading fields of the index the query fixes by equality; 0 if it cannot narrow the query. */
    int servableFields(Document query);
}
