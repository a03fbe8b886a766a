package org.uplift.benchmarks.city;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;

/**
 * Evidence files (一企一档) of a share of the SMEs' assessments, stored as {@code EvidenceFiles} stores an upload:
 * in the tenant-owned GridFS bucket {@code evidence} (one {@code evidence.files} document with the metadata the
 * platform reads, its bytes in {@code evidence.chunks}, both stamped with {@code tenantId} as the tenant-owned bucket
 * does), and the tenant's {@code evidence_usage} counting the bytes. The files are small PDFs (4–12 KB, one chunk).
 */
final class EvidenceWriter {

    static final double SHARE = 0.2;
    private static final int CHUNK_SIZE = 261_120; // GridFS's default, as the platform's bucket uses
    private static final List<String> NAMES = List.of("设备台账", "网络拓扑图", "系统截图", "管理制度", "数据报表", "采购合同");

    private final BulkWriter writer;

    EvidenceWriter(BulkWriter writer) {
        this.writer = writer;
    }

    /** 1–3 files on questions of the assessment; returns the bytes stored. */
    long write(String tenantId, String assessmentId, String uploadedBy, Instant startedAt, List<String> questions,
            Random random) {
        int files = 1 + random.nextInt(3);
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            String question = questions.get(random.nextInt(questions.size()));
            byte[] content = pdf(4096 + random.nextInt(8192), random);
            ObjectId id = new ObjectId();
            Date uploaded = Date.from(startedAt.plus(Duration.ofHours(1 + random.nextInt(72))));
            writer.document("evidence.chunks", new Document("files_id", id).append("n", 0)
                    .append("data", new Binary(content)).append("tenantId", tenantId));
            writer.document("evidence.files", new Document("_id", id).append("length", (long) content.length)
                    .append("chunkSize", CHUNK_SIZE).append("uploadDate", uploaded)
                    .append("filename", NAMES.get(random.nextInt(NAMES.size())) + "-" + question + ".pdf")
                    .append("metadata", new Document("assessmentId", assessmentId).append("indicatorKey", question)
                            .append("contentType", "application/pdf").append("uploadedBy", uploadedBy))
                    .append("tenantId", tenantId));
            bytes += content.length;
        }
        writer.document("evidence_usage", new Document("_id", tenantId).append("bytes", bytes).append("tenantId", tenantId));
        return bytes;
    }

    /** A PDF by its magic bytes and trailer, padded with a comment to the size asked. */
    private static byte[] pdf(int size, Random random) {
        String head = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n%";
        String tail = "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        byte[] bytes = new byte[Math.max(size, head.length() + tail.length() + 1)];
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(bytes, (byte) 'x');
        for (int i = h.length; i < bytes.length - t.length; i += 64) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        System.arraycopy(h, 0, bytes, 0, h.length);
        System.arraycopy(t, 0, bytes, bytes.length - t.length, t.length);
        return bytes;
    }
}
