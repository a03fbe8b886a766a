package org.uplift.assessment.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.bson.Document;
import org.springframework.util.unit.DataSize;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The per-tenant evidence storage quota ({@code uplift.evidence.tenant-quota}). Bytes are reserved with a
 * conditional {@code $inc} before they are stored, so two uploads together cannot pass the limit, and
 * released when an upload is aborted or a file removed.
 */
final class EvidenceQuota {

    private final MongoCollection<Document> usage;
    private final DataSize quota;

    EvidenceQuota(MongoDatabase database, DataSize quota) {
        this.usage = database.getCollection(EvidenceUsage.COLLECTION);
        this.quota = quota;
    }

    Violation exceeded() {
        return Violation.of(EvidenceFiles.FILE, EvidenceFiles.QUOTA, EvidenceFiles.readable(quota));
    }

    /** Reserves bytes for the current tenant, or refuses when they would pass the quota. */
    void reserve(long bytes) {
        if (bytes <= 0) {
            return;
        }
        String tenant = TenantContext.require();
        usage.updateOne(Filters.eq("_id", tenant), Updates.setOnInsert("bytes", 0L), new UpdateOptions().upsert(true));
        long reserved = usage.updateOne(Filters.and(Filters.eq("_id", tenant),
                Filters.lte("bytes", quota.toBytes() - bytes)), Updates.inc("bytes", bytes)).getModifiedCount();
        if (reserved == 0) {
            throw new InputRejectedException(exceeded());
        }
    }

    void release(long bytes) {
        if (bytes > 0) {
            usage.updateOne(Filters.eq("_id", TenantContext.require()), Updates.inc("bytes", -bytes));
        }
    }

    /** One upload's reservation: starts with what the client declared and grows as more bytes arrive. */
    final class Reservation {

        private long reserved;
        private long read;

        Reservation(long declared) {
            reserve(declared);
            reserved = Math.max(declared, 0);
        }

        void count(long bytes) {
            read += bytes;
            if (read > reserved) {
                long more = Math.max(read - reserved, 1024 * 1024);
                reserve(more);
                reserved += more;
            }
        }

        InputStream counting(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = in.read(b, off, len);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }
            };
        }

        /** Keeps what was stored, returns the rest. */
        void settle(long stored) {
            release(reserved - stored);
            reserved = stored;
        }

        void abort() {
            release(reserved);
            reserved = 0;
        }
    }
}
