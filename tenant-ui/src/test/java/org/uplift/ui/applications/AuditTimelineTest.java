package org.uplift.ui.applications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.TestSmes;
import org.uplift.platform.Formats;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.application.TimelineEntry;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

/** The application page's timeline comes from the audit chain: who, when in China time, what, before → after, why. */
@UpliftTest
class AuditTimelineTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    Formats formats;

    ApplicationFixture f;
    String authority;
    TestSmes.Sme sme;
    SignInAccount district;
    String id;

    @BeforeEach
    void anApplicationRecommendedByANamedDistrictOfficer() {
        f = new ApplicationFixture(context);
        authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        sme = f.sme();
        var form = ApplicationFixture.form(f.engagement(sme), programme);
        id = SignedIn.as(sme.owner(), () -> applications.apply(form)).getApplicationId();
        // the process's eligibility job records the second record
        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(sme.owner(), () -> applications.find(id))
                .orElseThrow().getStatus() == ApplicationStatus.DISTRICT_REVIEW);
        String email = "district-" + UUID.randomUUID() + "@authority.cn";
        TenantContext.runAs(authority, () -> accounts.create(email, "钱科长", TestSmes.PASSWORD,
                Set.of(Role.DISTRICT_OFFICER)));
        district = accounts.findForSignIn(email).orElseThrow();
        SignedIn.as(district, () -> applications.recommend(id, "同意推荐"));
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void the_applicant_sees_each_audit_record_with_who_when_what_the_status_change_and_the_note() {
        TenantContext.runAs(sme.tenantId(), () -> {
            BrowserlessUi.signIn(sme.owner(), TenantKind.ENTERPRISE);
            BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
            UI.getCurrent().navigate("applications/" + id);

            AuditTimeline timeline = _get(AuditTimeline.class);
            @SuppressWarnings("unchecked")
            Grid<TimelineEntry> grid = _get(timeline, Grid.class, s -> s.withId("application-history"));
            assertThat(GridKt._size(grid)).isEqualTo(3);
            TimelineEntry applied = GridKt._get(grid, 0);
            String when = formats.dateTime(applied.at(), Locale.SIMPLIFIED_CHINESE);
            // China time: the day and the minute in Asia/Shanghai, whatever the JVM's zone
            var china = applied.at().atZone(ZoneId.of("Asia/Shanghai"));
            assertThat(when).contains(DateTimeFormatter.ofPattern("yyyy/M/d").format(china))
                    .contains(DateTimeFormatter.ofPattern("h:mm").format(china));
            assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly(when,
                    sme.owner().displayName() + "（申请企业）", "提交申请", "已提交", "");
            assertThat(GridKt._getFormattedRow(grid, 1)).contains("系统自动处理（主管部门）", "资格审查通过");
            assertThat(GridKt._getFormattedRow(grid, 2)).contains("钱科长（主管部门）", "区县推荐", "同意推荐",
                    timeline.getTranslation("applications.status.DISTRICT_REVIEW") + " → "
                            + timeline.getTranslation("applications.status.EXPERT_REVIEW"));
            assertThat(String.join(" ", GridKt._getFormattedRow(grid, 2))).doesNotContain(district.username());
        });
    }

    @Test
    void rule_codes_and_amounts_in_a_record_are_shown_in_the_readers_language() {
        var entry = new TimelineEntry(4, java.time.Instant.EPOCH, TimelineEntry.Party.AUTHORITY,
                TimelineEntry.ActorKind.SYSTEM, null, "BUDGET_EXHAUSTED", "APPROVED", "BUDGET_EXHAUSTED", "123456");
        var routing = new TimelineEntry(5, java.time.Instant.EPOCH, TimelineEntry.Party.AUTHORITY,
                TimelineEntry.ActorKind.SYSTEM, null, "SENIOR_REVIEW_REQUIRED", "EXPERT_REVIEW", "SENIOR_REVIEW",
                "AMOUNT_OVER_THRESHOLD,FLAGGED");
        TenantContext.runAs(sme.tenantId(), () -> {
            BrowserlessUi.signIn(sme.owner(), TenantKind.ENTERPRISE);
            BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
            UI.getCurrent().navigate("applications/" + id);
            AuditTimeline timeline = _get(AuditTimeline.class);

            assertThat(timeline.reason(entry)).isEqualTo("可用预算 " + Formats.yuan(123456));
            assertThat(timeline.reason(routing)).isEqualTo("补助金额超过复审门槛；申报主体被标记，需复审");
            assertThat(timeline.who(entry)).isEqualTo("系统自动处理（主管部门）");
        });
    }
}
