package org.uplift.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.SectionPermission;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Question;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantOwnedBucket;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

/**
 * Evidence files of the current SME's assessments, per indicator (question). Files are attached to
 * and removed from drafts only, by whoever may answer the indicator's section; only PDF, images and
 * Office Open XML documents without macros are kept, recognised by extension and content together, up to
 * {@code uplift.evidence.max-file-size}. A refused file leaves nothing behind.
 */
@Service
@TenantOwnedBucket(EvidenceFiles.BUCKET)
public class EvidenceFiles {

    public static final String BUCKET = "evidence";

    public static final String EMPTY = "validation.evidence.empty";
    public static final String TOO_LARGE = "validation.evidence.tooLarge";
    public static final String TYPE = "validation.evidence.type";
    public static final String CONTENT_MISMATCH = "validation.evidence.contentMismatch";
    public static final String UNKNOWN = "validation.evidence.unknown";
    public static final String MACROS = "validation.evidence.macros";
    public static final String QUOTA = "validation.evidence.quota";
    public static final String UNKNOWN_INDICATOR = "validation.assessment.unknownQuestion";

    static final String FILE = "file";

    private static final int BUFFER_BYTES = 64 * 1024;

    private final Assessments assessments;
    private final Actors actors;
    private final GridFSBucket bucket;
    private final DataSize maxFileSize;
    private final EvidenceQuota quota;

    EvidenceFiles(Assessments assessments, Actors actors, MongoDatabaseFactory mongo,
            @Value("${uplift.evidence.max-file-size:20MB}") DataSize maxFileSize,
            @Value("${uplift.evidence.tenant-quota:2GB}") DataSize tenantQuota) {
        this.assessments = assessments;
        this.actors = actors;
        this.maxFileSize = maxFileSize;
        var database = mongo.getMongoDatabase();
        this.quota = new EvidenceQuota(database, tenantQuota);
        this.bucket = GridFSBuckets.create(database, BUCKET);
        // for a real MongoDB: every listing is by tenant and assessment, in upload order with ties by id
        // (GridFS adds its own indexes)
        database.getCollection(BUCKET + ".files")
                .createIndex(Indexes.ascending("tenantId", "metadata.assessmentId", "uploadDate", "_id"));
    }

    /** The largest file accepted, in bytes. */
    public long maxFileSize() {
        return maxFileSize.toBytes();
    }

    /** The limit as people read it, e.g. "20 MB". */
    public String readableMaxFileSize() {
        return readable(maxFileSize);
    }

    /** The refusal of a file over the limit, for callers whose own upload limit struck first. */
    public Violation tooLarge() {
        return Violation.of(FILE, TOO_LARGE, readableMaxFileSize());
    }

    /** The refusal of a file that is not PDF, an image or an Office document. */
    public Violation disallowedType() {
        return Violation.of(FILE, TYPE, EvidenceType.acceptedList());
    }

    /**
     * Stores a file as evidence for one indicator of a draft. {@code size} is what the client declared:
     * a larger declaration is refused at once, but the limit is enforced on the bytes actually read.
     */
    public EvidenceFile attach(String assessmentId, String indicatorKey, String filename, long size,
            InputStream content) {
        Actor actor = actors.current();
        Assessment draft = draft(assessmentId);
        requireSection(draft, indicatorKey, actor);
        var metadata = new Document("assessmentId", draft.getId()).append("indicatorKey", indicatorKey)
                .append("uploadedBy", actor.userId());
        return describe(storeChecked(bucket, filename, size, content, metadata));
    }

    /**
     * Stores a file under the same rules (kind by name and content, no macros, the size limit, the current
     * tenant's quota, nothing half-saved) in another feature's tenant-owned bucket of the current tenant, such as
     * a provider's milestone delivery kept in the SME's 一企一档. The caller decides who may, and names the file's
     * owner record in {@code metadata}; the sniffed content type is added to it.
     */
    public StoredEvidence store(GridFSBucket target, String filename, long size, InputStream content,
            Document metadata) {
        GridFSFile file = storeChecked(target, filename, size, content, metadata);
        return new StoredEvidence(file.getObjectId().toHexString(), file.getFilename(),
                file.getMetadata().getString("contentType"), file.getLength());
    }

    private GridFSFile storeChecked(GridFSBucket target, String filename, long size, InputStream content,
            Document metadata) {
        if (filename == null || filename.isBlank()) {
            throw new InputRejectedException(disallowedType());
        }
        if (EvidenceType.macroCapable(filename)) {
            throw rejected(MACROS);
        }
        EvidenceType type = EvidenceType.byName(filename)
                .orElseThrow(() -> new InputRejectedException(disallowedType()));
        if (size > maxFileSize()) {
            throw new InputRejectedException(tooLarge());
        }
        try {
            byte[] header = new byte[EvidenceType.HEADER_BYTES];
            int headerLength = content.readNBytes(header, 0, header.length);
            if (headerLength == 0) {
                throw rejected(EMPTY);
            }
            if (!type.matches(header, headerLength)) {
                throw rejected(CONTENT_MISMATCH, "." + EvidenceType.extensionOf(filename),
                        EvidenceType.acceptedList());
            }
            if (type.isZip()) {
                var macros = new MacroScan();
                macros.feed(header, 0, headerLength);
                content = macros.scanning(content);
            }
            metadata.append("contentType", type.contentType());
            var reservation = quota.new Reservation(Math.max(size, headerLength));
            try {
                reservation.count(headerLength);
                ObjectId id = store(target, cleanName(filename), metadata, header, headerLength,
                        reservation.counting(content));
                GridFSFile stored = target.find(Filters.eq("_id", id)).first();
                reservation.settle(stored.getLength());
                return stored;
            } catch (IOException | RuntimeException e) {
                reservation.abort();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file stored with {@link #store} from another feature's bucket, returning its bytes to the quota. */
    public void removeStored(GridFSBucket target, String fileId) {
        if (fileId == null || !ObjectId.isValid(fileId)) {
            return;
        }
        GridFSFile file = target.find(Filters.eq("_id", new ObjectId(fileId))).first();
        if (file != null) {
            target.delete(file.getObjectId());
            quota.release(file.getLength());
        }
    }

    /** The evidence files of one of the current SME's assessments, oldest first. */
    public List<EvidenceFile> list(String assessmentId) {
        return bucket.find(Filters.eq("metadata.assessmentId", String.valueOf(assessmentId)))
                .sort(Sorts.ascending("uploadDate", "_id")).map(EvidenceFiles::describe).into(new ArrayList<>());
    }

    /** The evidence files of one indicator of one of the current SME's assessments, oldest first. */
    public List<EvidenceFile> list(String assessmentId, String indicatorKey) {
        return list(assessmentId).stream().filter(f -> f.indicatorKey().equals(indicatorKey)).toList();
    }

    /** A file of the current SME; empty for an unknown id or another SME's file. */
    public Optional<EvidenceFile> file(String fileId) {
        return find(fileId).map(EvidenceFiles::describe);
    }

    /** A file of the current SME, with its content; empty for an unknown id or another SME's file. */
    public Optional<EvidenceContent> open(String fileId) {
        return find(fileId).map(file -> new EvidenceContent(describe(file),
                new TenantCarryingInputStream(bucket.openDownloadStream(file.getObjectId()), TenantContext.require())));
    }

    /** Removes a file from a draft; another SME's file is unknown here. */
    public void remove(String fileId) {
        Actor actor = actors.current();
        GridFSFile file = find(fileId).orElseThrow(() -> new InputRejectedException(Violation.of("fileId", UNKNOWN)));
        EvidenceFile evidence = describe(file);
        requireSection(draft(evidence.assessmentId()), evidence.indicatorKey(), actor);
        bucket.delete(file.getObjectId());
        quota.release(file.getLength());
    }

    private ObjectId store(GridFSBucket target, String filename, Document metadata, byte[] header, int headerLength,
            InputStream rest) throws IOException {
        GridFSUploadStream upload = target.openUploadStream(filename, new GridFSUploadOptions().metadata(metadata));
        try {
            long stored = headerLength;
            upload.write(header, 0, headerLength);
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int read = rest.read(buffer); read >= 0; read = rest.read(buffer)) {
                stored += read;
                if (stored > maxFileSize()) {
                    throw new InputRejectedException(tooLarge());
                }
                upload.write(buffer, 0, read);
            }
            upload.close();
            return upload.getObjectId();
        } catch (IOException | RuntimeException e) {
            try {
                upload.abort(); // deletes the chunks written so far; the file document is written only on close
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private Optional<GridFSFile> find(String fileId) {
        if (fileId == null || !ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(bucket.find(Filters.eq("_id", new ObjectId(fileId))).first());
    }

    private Assessment draft(String assessmentId) {
        Assessment assessment = (assessmentId == null ? Optional.<Assessment>empty() : assessments.find(assessmentId))
                .orElseThrow(() -> new InputRejectedException(Violation.of("assessmentId", Assessments.UNKNOWN)));
        if (!assessment.isDraft()) {
            throw new InputRejectedException(Violation.of("assessmentId", Assessments.NOT_DRAFT));
        }
        return assessment;
    }

    /** The indicator must be a question of the pinned framework, in a section the user may answer. */
    private void requireSection(Assessment draft, String indicatorKey, Actor actor) {
        Framework framework = assessments.framework(draft);
        Question question = (indicatorKey == null ? Optional.<Question>empty() : framework.question(indicatorKey))
                .orElseThrow(() -> new InputRejectedException(
                        Violation.of("indicator", UNKNOWN_INDICATOR, String.valueOf(indicatorKey))));
        SectionPermission.requireEdit(actor, draft, framework.dimensionOf(question).key(), "indicator");
    }

    private static InputRejectedException rejected(String key, Object... arguments) {
        return new InputRejectedException(Violation.of(FILE, key, arguments));
    }

    /** Only the last path segment of what the client sent (browsers on some systems send full paths). */
    private static String cleanName(String filename) {
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        return name.isBlank() ? filename : name.strip();
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }

    private static EvidenceFile describe(GridFSFile file) {
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        return new EvidenceFile(file.getObjectId().toHexString(), metadata.getString("assessmentId"),
                metadata.getString("indicatorKey"), file.getFilename(), metadata.getString("contentType"),
                file.getLength(), metadata.getString("uploadedBy"), file.getUploadDate().toInstant());
    }
}
