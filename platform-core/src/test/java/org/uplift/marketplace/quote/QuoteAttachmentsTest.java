package org.uplift.marketplace.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.uplift.assessment.evidence.EvidenceContent;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;

/** A provider's answer may carry one file: kept in the SME's tenant, opened by the SME, refused like evidence. */
@SpringBootTest
class QuoteAttachmentsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MongoDatabaseFactory factory;

    QuoteFixture f;
    Provider provider;
    Sme sme;
    QuoteRequest request;
    String quoteId;

    @BeforeEach
    void anSmeAsksAProvider() {
        f = new QuoteFixture(context);
        provider = f.market.admittedProvider();
        sme = f.sme();
        request = f.requested(sme, provider);
        quoteId = f.quoteIdOf(request, provider);
    }

    static AttachmentUpload upload(String name, byte[] bytes) {
        return new AttachmentUpload(name, bytes.length, new ByteArrayInputStream(bytes));
    }

    long filesOfTheQuoteInTheSmesTenant() {
        return TenantContext.callAs(sme.tenantId(), () -> GridFSBuckets.create(factory.getMongoDatabase(),
                QuoteAttachments.BUCKET).find(Filters.eq("metadata.quoteId", quoteId)).into(new java.util.ArrayList<>())
                .size());
    }

    @Test
    void the_sme_opens_the_file_the_provider_attached_and_nobody_else_finds_it() throws IOException {
        byte[] pdf = TestFiles.pdf(4000);
        Quote answered = f.market.asConsultant(provider,
                () -> f.quotes.answer(quoteId, TestQuotes.answer(), upload("详细报价书.pdf", pdf)));

        assertThat(answered.getAttachment()).hasValueSatisfying(a -> {
            assertThat(a.filename()).isEqualTo("详细报价书.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
        Offer offer = f.reload(sme, request.getId()).offer(quoteId).orElseThrow();
        assertThat(offer.getAttachment()).isEqualTo(answered.getAttachment());
        try (EvidenceContent file = TenantContext.callAs(sme.tenantId(),
                () -> f.requests.attachment(request.getId(), quoteId)).orElseThrow()) {
            assertThat(file.content().readAllBytes()).isEqualTo(pdf);
        }
        Sme other = f.sme();
        assertThat(TenantContext.callAs(other.tenantId(), () -> f.requests.attachment(request.getId(), quoteId)))
                .isEmpty();
        assertThat(TenantContext.callAs(sme.tenantId(), () -> f.requests.attachment(request.getId(), "other")))
                .isEmpty();
    }

    @Test
    void a_wrong_type_is_refused_on_the_attachment_and_nothing_is_saved() {
        assertThatThrownBy(() -> f.market.asConsultant(provider,
                () -> f.quotes.answer(quoteId, TestQuotes.answer(), upload("报价.pdf", TestFiles.exe(500)))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsOnly(QuoteAttachments.FIELD));
        assertThatThrownBy(() -> f.market.asConsultant(provider,
                () -> f.quotes.answer(quoteId, TestQuotes.answer(), upload("报价.docm", TestFiles.officeOpenXmlWithMacros(500)))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple(QuoteAttachments.FIELD, EvidenceFiles.MACROS)));

        assertThat(f.market.asConsultant(provider, () -> f.quotes.find(quoteId)).orElseThrow().getStatus())
                .isEqualTo(QuoteStatus.OPEN);
        assertThat(f.reload(sme, request.getId()).offer(quoteId).orElseThrow().getStatus()).isEqualTo(QuoteStatus.OPEN);
        assertThat(filesOfTheQuoteInTheSmesTenant()).isZero();
    }

    @Test
    void a_bad_answer_with_a_good_file_stores_no_file() {
        QuoteAnswer noScope = new QuoteAnswer(8_000_000, TestQuotes.answer().costLines(), " ", 12, null,
                TestQuotes.answer().milestones());

        assertThatThrownBy(() -> f.market.asConsultant(provider,
                () -> f.quotes.answer(quoteId, noScope, upload("报价书.pdf", TestFiles.pdf(1000)))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("scope"));
        assertThat(filesOfTheQuoteInTheSmesTenant()).isZero();
    }
}
