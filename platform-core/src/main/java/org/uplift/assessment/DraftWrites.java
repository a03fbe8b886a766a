package org.uplift.assessment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * Writes one path of a draft in a single atomic update: only that path, {@code updatedAt} and the
 * version change, so members saving different fields at the same time never overwrite each other,
 * and a whole-document write based on an older read fails instead of losing this one. The tenant
 * mechanism below the template confines the update to the current tenant.
 */
@Component
class DraftWrites {

    private final MongoTemplate mongo;
    private final Clock clock;

    DraftWrites(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Sets {@code path} to {@code value}, or removes it when {@code value} is null. */
    Assessment set(String assessmentId, String path, Object value) {
        Update update = value == null ? new Update().unset(path) : new Update().set(path, value);
        update.set("updatedAt", clock.instant()).inc("version", 1);
        Assessment saved = mongo.findAndModify(
                query(where("_id").is(assessmentId).and("status").is(Assessment.Status.DRAFT)), update,
                FindAndModifyOptions.options().returnNew(true), Assessment.class);
        if (saved == null) {
            // submitted (or removed) between the caller's read and this write
            throw new InputRejectedException(Violation.of("id", Assessments.NOT_DRAFT));
        }
        return saved;
    }
}
