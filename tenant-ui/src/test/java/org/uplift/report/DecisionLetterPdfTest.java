package org.uplift.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.platform.Formats;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.DecisionLetters;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;
import org.uplift.ui.applications.ReviewJourney;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.subsidy.ReviewDecision;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

/** Decision letters of real offered applications, read back with PDFBox; only for an offer and its parties. */
@UpliftTest
class DecisionLetterPdfTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DecisionLetterPdf letters;

    ReviewJourney journey;
    SignInAccount district;
    SignInAccount expert;

    @BeforeEach
    void anAuthorityWithReviewers() {
        journey = new ReviewJourney(context);
        district = journey.member(Role.DISTRICT_OFFICER);
        expert = journey.member(Role.REVIEWER);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_letter_of_an_offer_states_in_chinese_the_amount_with_its_cost_and_rate_the_conditions_and_decisions() {
        var offered = journey.offered(district, expert);
        SubsidyApplication a = offered.own();

        byte[] pdf = SignedIn.as(offered.sme().owner(), () -> letters.render(a.getApplicationId(), Locale.SIMPLIFIED_CHINESE));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("补助决定书", a.getSmeName(), "测试试点专项", "核定补助金额", "¥20,000.00",
                Formats.yuan(a.getAmountFen()), Formats.yuan(a.getEligibleCostFen()), "40%",
                "项目应在 6 个月内实施完成", "验收时数字化水平须达到2级及以上", "区县推荐", "专家评审",
                a.getProgrammeId().toUpperCase(Locale.ROOT));
        assertThat(a.getAmountFen()).isPositive();
        assertThat(text).doesNotContain(district.userId(), expert.userId(), district.username());
    }

    @Test
    void the_authority_gets_the_same_letter_and_an_english_one_has_english_headings() {
        var offered = journey.offered(district, expert);
        SubsidyApplication a = offered.own();

        String english = text(SignedIn.as(expert, () -> letters.render(a.getApplicationId(), Locale.ENGLISH)));

        assertThat(english).contains("Subsidy decision letter", "Subsidy granted", Formats.yuan(a.getAmountFen()),
                "Test pilot", "within 6 months");
    }

    @Test
    void a_rejected_application_has_no_letter_and_nobody_outside_the_parties_gets_one() {
        var rejected = journey.applied();
        journey.decide(district, rejected.id(), ReviewDecision.REJECT, "不在本区范围");
        rejected.await(ApplicationStatus.REJECTED);
        var offered = journey.offered(district, expert);
        SignInAccount stranger = journey.member(journey.f.authority(), Role.PROGRAMME_MANAGER);

        assertThatThrownBy(() -> SignedIn.as(rejected.sme().owner(), () -> letters.render(rejected.id(), null)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .anyMatch(v -> v.messageKey().equals(DecisionLetters.NO_LETTER)));
        assertThatThrownBy(() -> SignedIn.as(stranger, () -> letters.render(offered.id(), null)))
                .isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> SignedIn.as(rejected.sme().owner(), () -> letters.render(offered.id(), null)))
                .isInstanceOf(InputRejectedException.class);
    }

    @Test
    void the_application_page_offers_the_letter_only_with_an_offer() {
        var offered = journey.offered(district, expert);
        var waiting = journey.applied();
        TenantContext.runAs(offered.sme().tenantId(), () -> {
            BrowserlessUi.signIn(offered.sme().owner(), TenantKind.ENTERPRISE);
            BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
            UI.getCurrent().navigate("applications/" + offered.id());
            var link = _get(Anchor.class, s -> s.withId("download-decision-letter"));
            assertThat(link.isVisible()).isTrue();
            assertThat(link.getText()).isEqualTo(link.getTranslation("applications.letter.download"));
        });
        BrowserlessUi.close();
        TenantContext.runAs(waiting.sme().tenantId(), () -> {
            BrowserlessUi.signIn(waiting.sme().owner(), TenantKind.ENTERPRISE);
            BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
            UI.getCurrent().navigate("applications/" + waiting.id());
            assertThat(_get(org.uplift.ui.applications.ApplicationView.class)).isNotNull();
            assertThat(_find(Anchor.class, s -> s.withId("download-decision-letter"))).isEmpty();
        });
    }
}
