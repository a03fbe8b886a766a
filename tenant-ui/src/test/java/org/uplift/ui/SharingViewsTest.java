package org.uplift.ui;

import org.uplift.SignedIn;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.assessment.diagnosis.SharedAssessmentView;
import org.uplift.ui.assessment.diagnosis.SharedAssessmentsView;
import org.uplift.ui.assessment.sharing.DiagnosisNotesPanel;
import org.uplift.ui.assessment.sharing.RecommendationsPanel;
import org.uplift.ui.assessment.sharing.SharingPanel;
import org.uplift.ui.home.HomeView;
import org.uplift.workflows.inbox.Inbox;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Sharing in the browserless UI: the SME's sharing panel, the provider's shared assessments, the
 * diagnosis task from the consultant's home page, and the notes and plan the SME then reads.
 */
@UpliftTest
class SharingViewsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentShares shares;
    @Autowired
    Inbox inbox;

    Sme sme;
    Provider provider;
    String assessmentId;

    @BeforeEach
    void anSmeWithAnAssessmentAndAProvider() {
        sme = new TestSmes(context).register();
        provider = new TestProviders(context).register();
        assessmentId = SignedIn.as(sme.owner(), () -> assessments.start().getId());
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** One browser session of {@code account}, in its tenant as TenantContextFilter would set it per request. */
    void as(SignInAccount account, TenantKind kind, Runnable steps) {
        BrowserlessUi.signIn(account, kind);
        try {
            TenantContext.runAs(account.tenantId(), () -> {
                BrowserlessUi.open(context, ZH);
                steps.run();
            });
        } finally {
            BrowserlessUi.close();
        }
    }

    void asOwner(Runnable steps) {
        as(sme.owner(), TenantKind.ENTERPRISE, steps);
    }

    void asConsultant(Provider of, Runnable steps) {
        as(of.consultant(), TenantKind.PROVIDER, steps);
    }

    void shareWith(Provider with, boolean invite) {
        SignedIn.as(sme.owner(), () -> shares.share(assessmentId, with.tenantId(), invite));
    }

    static List<String> listedAssessments() {
        return _find(Div.class, s -> s.withPredicate(div -> div.getElement().hasAttribute("data-assessment"))).stream()
                .map(div -> div.getElement().getAttribute("data-assessment")).toList();
    }

    static List<String> sharedWith() {
        return _find(HorizontalLayout.class, s -> s.withPredicate(row -> row.getElement().hasAttribute("data-provider")))
                .stream().map(row -> row.getElement().getAttribute("data-provider")).toList();
    }

    @SuppressWarnings("unchecked")
    static ComboBox<Object> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    static void click(String id) {
        ButtonKt._click(_get(Button.class, s -> s.withId(id)));
    }

    @Test
    void the_owner_shares_and_the_provider_lists_and_opens_the_assessment_read_only() {
        asOwner(() -> {
            UI.getCurrent().navigate(HomeView.class);
            UI.getCurrent().add(new SharingPanel(assessmentId));
            assertThat(sharedWith()).isEmpty();

            ComboBoxKt.selectByLabel(combo("share-provider"), provider.name());
            click("share-assessment");

            assertThat(sharedWith()).containsExactly(provider.tenantId());
        });

        asConsultant(provider, () -> {
            UI.getCurrent().navigate(SharedAssessmentsView.class);
            assertThat(listedAssessments()).containsExactly(assessmentId);

            click("open-" + assessmentId);

            NavigatorKt.expectView(SharedAssessmentView.class);
            assertThat(_get(H2.class, s -> s.withId("shared-sme")).getText()).isEqualTo(sme.name());
            _assertNone(TextArea.class);
            _assertNone(Button.class, s -> s.withId("complete-diagnosis"));
        });
    }

    @Test
    void after_the_owner_revokes_the_provider_gets_not_found() {
        shareWith(provider, false);
        asOwner(() -> {
            UI.getCurrent().navigate(HomeView.class);
            UI.getCurrent().add(new SharingPanel(assessmentId));

            click("revoke-" + provider.tenantId());

            assertThat(sharedWith()).isEmpty();
        });

        asConsultant(provider, () -> {
            UI.getCurrent().navigate("shared-assessments/" + assessmentId);

            _get(Div.class, s -> s.withId("not-found"));
            _assertNone(SharedAssessmentView.class);
            UI.getCurrent().navigate(SharedAssessmentsView.class);
            assertThat(listedAssessments()).isEmpty();
            _get(Paragraph.class, s -> s.withId("no-shared-assessments"));
        });
    }

    @Test
    void another_provider_sees_nothing_of_it() {
        Provider other = new TestProviders(context).register();
        shareWith(provider, true);

        asConsultant(other, () -> {
            UI.getCurrent().navigate(SharedAssessmentsView.class);
            assertThat(listedAssessments()).isEmpty();

            UI.getCurrent().navigate("shared-assessments/" + assessmentId);
            _get(Div.class, s -> s.withId("not-found"));
            assertThat(_find(H2.class)).noneMatch(h -> sme.name().equals(h.getText()));
        });
    }

    @Test
    void the_invited_consultant_diagnoses_from_the_home_page_and_the_sme_reads_the_notes_and_the_plan() {
        asOwner(() -> {
            UI.getCurrent().navigate(HomeView.class);
            UI.getCurrent().add(new SharingPanel(assessmentId));
            ComboBoxKt.selectByLabel(combo("share-provider"), provider.name());
            HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withId("invite-diagnosis")), true);
            click("share-assessment");
        });
        answerAndSubmit();
        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(provider.consultant(),
                () -> inbox.openTasks()).stream()
                .anyMatch(item -> assessmentId.equals(item.businessKey())));

        asConsultant(provider, () -> {
            UI.getCurrent().navigate(HomeView.class);
            click("task-action-diagnose");

            NavigatorKt.expectView(SharedAssessmentView.class);
            HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withId("diagnosis-D1")), "设备联网率偏低，建议先上设备数据采集。");
            click("complete-diagnosis");

            _assertNone(Button.class, s -> s.withId("complete-diagnosis"));
            _get(DiagnosisNotesPanel.class, s -> s.withId("diagnosis-notes"));
        });

        Assessment diagnosed = TenantContext.callAs(sme.tenantId(), () -> assessments.find(assessmentId).orElseThrow());
        assertThat(diagnosed.getDiagnosis().notes()).containsEntry("D1", "设备联网率偏低，建议先上设备数据采集。");
        assertThat(diagnosed.getDiagnosis().isCompleted()).isTrue();
        asOwner(() -> {
            UI.getCurrent().navigate(HomeView.class);
            UI.getCurrent().add(new DiagnosisNotesPanel(assessmentId), new RecommendationsPanel(assessmentId));

            assertThat(_get(Paragraph.class, s -> s.withId("diagnosis-note-D1")).getText())
                    .isEqualTo("设备联网率偏低，建议先上设备数据采集。");
            assertThat(_find(ListItem.class)).isNotEmpty();
        });
    }

    /** The best answers (full marks), every scenario rated 2, submitted by the owner. */
    void answerAndSubmit() {
        String owner = sme.owner().userId();
        SignedIn.as(sme.owner(), () -> {
            Assessment assessment = assessments.find(assessmentId).orElseThrow();
            assessments.framework(assessment).questions()
                    .forEach(q -> assessments.saveAnswer(assessmentId, q.key(), best(q)));
            assessments.framework(assessment).scenarios()
                    .forEach(s -> assessments.saveScenario(assessmentId, s.key(), 2));
            assessments.submit(assessmentId);
        });
    }

    static List<String> best(Question question) {
        if (question.kind() == QuestionKind.MULTIPLE) {
            return question.options().stream().filter(o -> !o.exclusive()).map(Option::letter).toList();
        }
        return List.of(question.options().stream().max(Comparator.comparing(Option::points)).orElseThrow().letter());
    }
}
