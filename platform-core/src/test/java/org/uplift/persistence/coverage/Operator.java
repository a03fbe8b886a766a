package org.uplift.persistence.coverage;

/** How a filter constrains one field, as far as an index can use it. Values are never kept. */
enum Operator {
    /** {@code {f: v}}, {@code {f: {$eq: v}}}: a point in the index. */
    EQUALITY,
    /** {@code {f: {$in: [...]}}}: a few points; an index uses it like an equality. */
    IN,
    /** {@code $elemMatch}: a point in a multikey index of the array field. */
    ELEM_MATCH,
    /** {@code $gt/$gte/$lt/$lte}, or an anchored {@code $regex}: one interval of the index. */
    RANGE,
    /** {@code $exists}: checked on the documents the index returns. */
    EXISTS,
    /** {@code $ne}, {@code $nin}, {@code $not}: not selective, checked on the documents the index returns. */
    NEGATION,
    /** Anything else ({@code $type}, {@code $size}, {@code $all}, {@code $mod}): checked on the returned documents. */
    OTHER;

    /** Bounds the index scan to points: part of the equality prefix. */
    boolean isPoint() {
        return this == EQUALITY || this == IN || this == ELEM_MATCH;
    }

    boolean isRange() {
        return this == RANGE;
    }
}
