package org.uplift.ui;

import org.uplift.SignedIn;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.evidence.EvidenceFile;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.evidence.EvidenceType;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.organisation.TestSmes;
import org.uplift.security.CurrentUser;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.assessment.EvidenceFilesPanel;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;

/** The evidence files of one indicator in the browserless UI: upload, refusal with a translated reason, removal. */
@UpliftTest
class EvidenceFilesPanelTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    EvidenceFiles evidence;
    @Autowired
    Assessments assessments;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    MessageSource messages;

    TestSmes.Sme sme;
    String draft;

    @BeforeEach
    void anSmeWithADraft() {
        sme = new TestSmes(context).register();
        draft = SignedIn.as(sme.owner(), () -> assessments.start()).getId();
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** Runs as the SME's signed-in owner with the panel of Q3 on the page. */
    void withPanel(boolean editable, Runnable steps) {
        BrowserlessUi.signIn(sme.owner(), TenantKind.ENTERPRISE);
        TenantContext.runAs(sme.tenantId(), () -> {
            BrowserlessUi.open(context, ZH);
            UI.getCurrent().add(new EvidenceFilesPanel(evidence, draft, "Q3", editable, currentUser.require()));
            steps.run();
        });
    }

    static Upload upload() {
        return _get(Upload.class, s -> s.withId("evidence-upload-Q3"));
    }

    static UnorderedList fileList() {
        return _get(UnorderedList.class, s -> s.withId("evidence-files-Q3"));
    }

    static Span error() {
        return _get(Span.class, s -> s.withId("evidence-error-Q3"));
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ZH);
    }

    @Test
    void an_uploaded_pdf_is_listed_with_a_download_link() {
        withPanel(true, () -> {
            UploadKt._upload(upload(), "设备台账.pdf", "application/pdf", TestFiles.pdf(3000));

            assertThat(_find(fileList(), Anchor.class)).singleElement().satisfies(link -> {
                assertThat(link.getText()).isEqualTo("设备台账.pdf");
                assertThat(link.getHref()).isNotBlank();
            });
            _assertNone(Span.class, s -> s.withId("evidence-error-Q3"));
            assertThat(evidence.list(draft, "Q3")).extracting(EvidenceFile::contentType)
                    .containsExactly("application/pdf");
        });
    }

    @Test
    void an_exe_is_refused_with_the_translated_reason_and_nothing_is_listed() {
        withPanel(true, () -> {
            UploadKt._upload(upload(), "setup.exe", "application/octet-stream", TestFiles.exe(3000));

            assertThat(error().getText()).isEqualTo(message(EvidenceFiles.TYPE, String.join(", ",
                    EvidenceType.acceptedExtensions())));
            assertThat(error().getText()).contains("PDF", ".docx");
            _assertNone(fileList(), Anchor.class);
            assertThat(evidence.list(draft)).isEmpty();
        });
    }

    @Test
    void a_file_the_browser_refuses_as_too_big_is_explained_with_the_limit() {
        withPanel(true, () -> {
            ComponentUtil.fireEvent(upload(), new FileRejectedEvent(upload(), "File is Too Big.", "scan.pdf"));

            assertThat(error().getText()).isEqualTo(message(EvidenceFiles.TOO_LARGE, "20 MB"));
        });
    }

    @Test
    void a_listed_file_is_removed_with_its_button() {
        EvidenceFile file = SignedIn.as(sme.owner(), () -> evidence.attach(draft, "Q3", "a.pdf", 100,
                new ByteArrayInputStream(TestFiles.pdf(100))));
        withPanel(true, () -> {
            ButtonKt._click(_get(Button.class, s -> s.withId("evidence-remove-" + file.id())));

            _assertNone(fileList(), Anchor.class);
            assertThat(evidence.list(draft)).isEmpty();
        });
    }

    @Test
    void a_read_only_panel_lists_files_without_upload_or_remove() {
        SignedIn.as(sme.owner(), () -> evidence.attach(draft, "Q3", "a.pdf", 100,
                new ByteArrayInputStream(TestFiles.pdf(100))));
        withPanel(false, () -> {
            assertThat(_find(fileList(), Anchor.class)).hasSize(1);
            _assertNone(Upload.class);
            _assertNone(fileList(), Button.class);
        });
    }
}
