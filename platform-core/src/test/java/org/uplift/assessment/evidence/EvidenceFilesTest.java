package org.uplift.assessment.evidence;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/** Evidence files per indicator: what is accepted, what is refused, and that a refusal stores nothing. */
@SpringBootTest
class EvidenceFilesTest {

    @Autowired
    EvidenceFiles evidence;
    @Autowired
    Assessments assessments;
    @Autowired
    org.uplift.identity.Accounts accounts;
    @Autowired
    org.uplift.identity.Actors actors;
    @Autowired
    MongoDatabaseFactory factory;
    @Autowired
    MongoTemplate template;

    final String tenant = "sme-" + UUID.randomUUID();
    String draft;

    <T> T asSme(Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    @BeforeEach
    void aDraft() {
        draft = asSme(() -> TestActors.asOwner("owner", () -> assessments.start())).getId();
    }

    EvidenceFile attach(EvidenceFiles files, String name, byte[] content) {
        return asSme(() -> TestActors.asOwner("owner", () -> files.attach(draft, "Q3", name, content.length, new ByteArrayInputStream(content))));
    }

    EvidenceFile attach(String name, byte[] content) {
        return attach(evidence, name, content);
    }

    /** Everything the SME has stored in the bucket, files and chunks. */
    long storedDocuments() {
        return asSme(() -> template.getCollection("evidence.files").countDocuments()
                + template.getCollection("evidence.chunks").countDocuments());
    }

    static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e ->
                assertThat(e.violations()).extracting(Violation::field, Violation::messageKey)
                        .containsExactly(Tuple.tuple(field, messageKey)));
    }

    static byte[] read(EvidenceContent content) {
        try (content) {
            return content.content().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void an_attached_pdf_is_listed_and_opens_with_its_bytes_and_sniffed_type() {
        byte[] pdf = TestFiles.pdf(300 * 1024);

        EvidenceFile attached = attach("C:\\报告\\设备清单.PDF", pdf);

        assertThat(attached.filename()).isEqualTo("设备清单.PDF");
        assertThat(attached.contentType()).isEqualTo("application/pdf");
        assertThat(attached.size()).isEqualTo(pdf.length);
        assertThat(attached.assessmentId()).isEqualTo(draft);
        assertThat(attached.indicatorKey()).isEqualTo("Q3");
        assertThat(attached.uploadedBy()).isEqualTo("owner");
        assertThat(asSme(() -> evidence.list(draft))).containsExactly(attached);
        assertThat(asSme(() -> evidence.list(draft, "Q3"))).containsExactly(attached);
        assertThat(asSme(() -> evidence.list(draft, "Q4"))).isEmpty();
        EvidenceContent opened = asSme(() -> evidence.open(attached.id())).orElseThrow();
        assertThat(opened.file()).isEqualTo(attached);
        // read after the tenant context is gone: the stream carries the tenant it was opened for
        assertThat(read(opened)).isEqualTo(pdf);
    }

    @Test
    void images_and_office_documents_are_accepted_with_the_type_of_their_kind() {
        assertThat(attach("scan.png", TestFiles.png(100)).contentType()).isEqualTo("image/png");
        assertThat(attach("photo.jpeg", TestFiles.jpeg(100)).contentType()).isEqualTo("image/jpeg");
        assertThat(attach("plan.docx", TestFiles.officeOpenXml(100)).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(attach("ledger.xlsx", TestFiles.officeOpenXml(100)).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void legacy_office_files_which_can_carry_macros_are_refused_and_nothing_is_stored() {
        long before = storedDocuments();

        assertRefused(() -> attach("old.doc", TestFiles.legacyOffice(5000)), "file", EvidenceFiles.MACROS);
        assertRefused(() -> attach("old.xls", TestFiles.legacyOffice(5000)), "file", EvidenceFiles.MACROS);
        assertRefused(() -> attach("old.ppt", TestFiles.legacyOffice(5000)), "file", EvidenceFiles.MACROS);

        assertThat(storedDocuments()).isEqualTo(before);
    }

    @Test
    void macro_enabled_office_files_are_refused_and_nothing_is_stored() {
        long before = storedDocuments();

        assertRefused(() -> attach("plan.docm", TestFiles.officeOpenXml(5000)), "file", EvidenceFiles.MACROS);
        assertRefused(() -> attach("ledger.xlsm", TestFiles.officeOpenXml(5000)), "file", EvidenceFiles.MACROS);
        assertRefused(() -> attach("deck.pptm", TestFiles.officeOpenXml(5000)), "file", EvidenceFiles.MACROS);

        assertThat(storedDocuments()).isEqualTo(before);
    }

    @Test
    void a_docx_holding_a_macro_project_is_refused_and_nothing_is_stored() {
        long before = storedDocuments();

        assertRefused(() -> attach("plan.docx", TestFiles.officeOpenXmlWithMacros(300 * 1024)), "file",
                EvidenceFiles.MACROS);

        assertThat(storedDocuments()).isEqualTo(before);
    }

    @Test
    void a_disallowed_type_is_refused_and_nothing_is_stored() {
        long before = storedDocuments();

        assertRefused(() -> attach("setup.exe", TestFiles.exe(5000)), "file", EvidenceFiles.TYPE);
        assertRefused(() -> attach("no-extension", TestFiles.pdf(5000)), "file", EvidenceFiles.TYPE);

        assertThat(storedDocuments()).isEqualTo(before);
    }

    @Test
    void content_that_is_not_what_the_extension_claims_is_refused() {
        long before = storedDocuments();

        assertRefused(() -> attach("invoice.pdf", TestFiles.exe(5000)), "file", EvidenceFiles.CONTENT_MISMATCH);
        assertRefused(() -> attach("photo.png", TestFiles.pdf(5000)), "file", EvidenceFiles.CONTENT_MISMATCH);
        assertRefused(() -> attach("plan.docx", TestFiles.legacyOffice(5000)), "file", EvidenceFiles.CONTENT_MISMATCH);

        assertThat(storedDocuments()).isEqualTo(before);
        assertThat(asSme(() -> evidence.list(draft))).isEmpty();
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefused(() -> attach("empty.pdf", new byte[0]), "file", EvidenceFiles.EMPTY);
    }

    @Test
    void the_size_limit_holds_on_the_bytes_read_whatever_size_was_declared_and_leaves_no_chunks() {
        var limited = new EvidenceFiles(assessments, actors, factory, DataSize.ofKilobytes(300), DataSize.ofGigabytes(2));
        byte[] tooBig = TestFiles.pdf(300 * 1024 + 1);
        long before = storedDocuments();

        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> limited.attach(draft, "Q3", "big.pdf", 10, new ByteArrayInputStream(tooBig)))), "file", EvidenceFiles.TOO_LARGE);
        assertRefused(() -> attach(limited, "big.pdf", tooBig), "file", EvidenceFiles.TOO_LARGE);

        assertThat(storedDocuments()).isEqualTo(before);
        assertThat(attach(limited, "fits.pdf", TestFiles.pdf(300 * 1024)).size()).isEqualTo(300 * 1024);
    }

    @Test
    void the_limit_is_named_in_the_refusal() {
        assertThatThrownBy(() -> attach(new EvidenceFiles(assessments, actors, factory, DataSize.ofMegabytes(20), DataSize.ofGigabytes(2)), "big.pdf",
                TestFiles.pdf(20 * 1024 * 1024 + 1))).isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.violations().get(0).arguments()).containsExactly("20 MB"));
    }

    @Test
    void only_questions_of_the_pinned_framework_take_evidence() {
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> evidence.attach(draft, "Q99", "a.pdf", 10,
                new ByteArrayInputStream(TestFiles.pdf(10))))), "indicator",
                EvidenceFiles.UNKNOWN_INDICATOR);
    }

    @Test
    void a_member_cannot_attach_to_or_remove_from_a_section_assigned_to_someone_else() {
        EvidenceFile mine = attach("a.pdf", TestFiles.pdf(10));
        String member = asSme(() -> accounts.create("member-" + java.util.UUID.randomUUID() + "@sme.example.cn", "成员",
                "Strong-pass-2024", java.util.Set.of(org.uplift.identity.Role.ENTERPRISE_MEMBER))).getId();
        asSme(() -> TestActors.asOwner("owner", () -> assessments.assignSection(draft, "D1", member)));

        assertRefused(() -> asSme(() -> TestActors.asMember("member-2", () -> evidence.attach(draft, "Q3", "b.pdf", 10,
                new ByteArrayInputStream(TestFiles.pdf(10))))), "indicator",
                Assessments.NOT_YOUR_SECTION);
        assertRefused(() -> TenantContext.runAs(tenant, () -> TestActors.asMember("member-2", () -> evidence.remove(mine.id()))),
                "indicator", Assessments.NOT_YOUR_SECTION);
        assertThat(asSme(() -> TestActors.asMember(member, () -> evidence.attach(draft, "Q3", "c.pdf", 10,
                new ByteArrayInputStream(TestFiles.pdf(10))))).uploadedBy()).isEqualTo(member);
    }

    @Test
    void a_submitted_assessment_takes_no_more_files_and_keeps_its_own() {
        EvidenceFile kept = attach("a.pdf", TestFiles.pdf(10));
        Assessment submitted = asSme(() -> TestActors.asOwner("owner", () -> assessments.submit(draft)));

        assertRefused(() -> attach("b.pdf", TestFiles.pdf(10)), "assessmentId", Assessments.NOT_DRAFT);
        assertRefused(() -> TenantContext.runAs(tenant, () -> TestActors.asOwner("owner", () -> evidence.remove(kept.id()))),
                "assessmentId", Assessments.NOT_DRAFT);
        assertThat(asSme(() -> evidence.list(submitted.getId()))).containsExactly(kept);
    }

    @Test
    void removing_a_file_deletes_it_with_its_chunks() {
        long before = storedDocuments();
        EvidenceFile file = attach("a.pdf", TestFiles.pdf(600 * 1024));

        TenantContext.runAs(tenant, () -> TestActors.asOwner("owner", () -> evidence.remove(file.id())));

        assertThat(asSme(() -> evidence.open(file.id()))).isEmpty();
        assertThat(storedDocuments()).isEqualTo(before);
        assertRefused(() -> TenantContext.runAs(tenant, () -> TestActors.asOwner("owner", () -> evidence.remove(file.id()))), "fileId",
                EvidenceFiles.UNKNOWN);
    }

    @Test
    void an_unknown_assessment_or_malformed_file_id_is_not_found() {
        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> evidence.attach("nope", "Q3", "a.pdf", 10,
                new ByteArrayInputStream(TestFiles.pdf(10))))), "assessmentId", Assessments.UNKNOWN);
        assertThat(asSme(() -> evidence.open("not-an-object-id"))).isEmpty();
    }

    long usedBytes() {
        Document usage = asSme(() -> template.getCollection(EvidenceUsage.COLLECTION)
                .find(new Document("_id", tenant)).first());
        return usage == null ? 0 : usage.getLong("bytes");
    }

    @Test
    void a_file_past_the_tenant_quota_is_refused_naming_the_limit_and_nothing_is_stored() {
        var quotaOfOneMegabyte = new EvidenceFiles(assessments, actors, factory, DataSize.ofMegabytes(20),
                DataSize.ofMegabytes(1));
        attach(quotaOfOneMegabyte, "first.pdf", TestFiles.pdf(600 * 1024));
        long before = storedDocuments();

        assertThatThrownBy(() -> attach(quotaOfOneMegabyte, "second.pdf", TestFiles.pdf(600 * 1024)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey, Violation::arguments)
                        .containsExactly(Tuple.tuple("file", EvidenceFiles.QUOTA, List.<Object>of("1 MB"))));

        assertThat(storedDocuments()).isEqualTo(before);
        assertThat(usedBytes()).isEqualTo(600 * 1024);
    }

    @Test
    void a_client_declaring_too_little_is_still_held_to_the_quota() {
        var quotaOfOneMegabyte = new EvidenceFiles(assessments, actors, factory, DataSize.ofMegabytes(20),
                DataSize.ofMegabytes(1));
        byte[] big = TestFiles.pdf(1500 * 1024);
        long before = storedDocuments();

        assertRefused(() -> asSme(() -> TestActors.asOwner("owner", () -> quotaOfOneMegabyte.attach(draft, "Q3",
                "big.pdf", 10, new ByteArrayInputStream(big)))), "file", EvidenceFiles.QUOTA);

        assertThat(storedDocuments()).isEqualTo(before);
        assertThat(usedBytes()).isZero();
    }

    @Test
    void parallel_uploads_cannot_overshoot_the_quota_and_removing_releases_it() throws Exception {
        var quotaOfOneMegabyte = new EvidenceFiles(assessments, actors, factory, DataSize.ofMegabytes(20),
                DataSize.ofMegabytes(1));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<EvidenceFile>> uploads = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            uploads.add(pool.submit(() -> attach(quotaOfOneMegabyte, "part.pdf", TestFiles.pdf(400 * 1024))));
        }
        List<EvidenceFile> kept = new java.util.ArrayList<>();
        for (var upload : uploads) {
            try {
                kept.add(upload.get());
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(InputRejectedException.class);
            }
        }
        pool.shutdown();

        assertThat(kept).hasSize(2);
        assertThat(usedBytes()).isEqualTo(2 * 400 * 1024);
        asSme(() -> {
            TestActors.asOwner("owner", () -> quotaOfOneMegabyte.remove(kept.get(0).id()));
            return null;
        });
        assertThat(usedBytes()).isEqualTo(400 * 1024);
    }
}
