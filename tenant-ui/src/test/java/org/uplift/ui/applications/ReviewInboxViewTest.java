package org.uplift.ui.applications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.subsidy.TestProgrammes;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;
import org.uplift.workflows.subsidy.ApplicationProcess;
import org.uplift.workflows.subsidy.ReviewDecision;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The review inbox: due dates and SLA badges, filters by programme, stage and age, own authority only. */
@UpliftTest
class ReviewInboxViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;
    @Autowired
    Notifications notifications;
    @Autowired
    Clock clock;

    ReviewJourney journey;
    SignInAccount reviewer;
    String secondProgramme;
    ReviewJourney.Applied overdue;
    ReviewJourney.Applied dueSoon;
    ReviewJourney.Applied atExpert;

    @BeforeEach
    void threeApplicationsInTwoProgrammesAndTwoStages() {
        journey = new ReviewJourney(context);
        secondProgramme = journey.f.openProgramme(journey.authority, TestProgrammes.named("第二专项", 100_000_000));
        reviewer = journey.member(Role.DISTRICT_OFFICER, Role.REVIEWER);
        overdue = journey.applied();
        dueSoon = journey.applied(secondProgramme);
        atExpert = journey.applied();
        journey.decide(journey.member(Role.DISTRICT_OFFICER), atExpert.id(), ReviewDecision.APPROVE, null);
        atExpert.await(ApplicationStatus.EXPERT_REVIEW);
        await().atMost(Duration.ofSeconds(60)).until(() -> taskOf(atExpert.id()) != null
                && taskOf(atExpert.id()).getTaskDefinitionKey().equals(ApplicationProcess.EXPERT_REVIEW));
        due(overdue.id(), Duration.ofHours(-2));
        due(dueSoon.id(), Duration.ofHours(6));
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    Task taskOf(String applicationId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(applicationId).active().singleResult();
    }

    /** Moves the task's due date to now plus {@code fromNow} (negative: in the past). */
    void due(String applicationId, Duration fromNow) {
        Task task = taskOf(applicationId);
        task.setDueDate(Date.from(clock.instant().plus(fromNow)));
        tasks.saveTask(task);
    }

    void openInbox(SignInAccount account) {
        BrowserlessUi.signIn(account, TenantKind.AUTHORITY);
        BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("applications/reviews");
    }

    static List<HorizontalLayout> rows() {
        return _find(HorizontalLayout.class, s -> s.withClasses("application-review-item"));
    }

    static List<String> shown() {
        return rows().stream().map(r -> r.getElement().getAttribute("data-application-id")).toList();
    }

    @Test
    void each_task_shows_its_due_date_and_a_translated_sla_badge_in_its_colour() {
        TenantContext.runAs(journey.authority, () -> {
            openInbox(reviewer);
            Map<String, HorizontalLayout> byId = rows().stream().collect(Collectors.toMap(
                    r -> r.getElement().getAttribute("data-application-id"), r -> r));
            assertThat(byId).containsOnlyKeys(overdue.id(), dueSoon.id(), atExpert.id());

            assertThat(byId.get(overdue.id()).getElement().getAttribute("data-sla")).isEqualTo("OVERDUE");
            Span overdueBadge = badge(byId.get(overdue.id()));
            assertThat(overdueBadge.getText()).isEqualTo("已超时");
            assertThat(overdueBadge.getElement().getThemeList()).contains("badge", "error");
            assertThat(badge(byId.get(dueSoon.id())).getText()).isEqualTo("即将到期");
            Span onTime = badge(byId.get(atExpert.id()));
            assertThat(onTime.getText()).isEqualTo("按时");
            assertThat(onTime.getElement().getThemeList()).contains("badge", "success");
            assertThat(_get(byId.get(atExpert.id()), Span.class, s -> s.withClasses("application-review-due"))
                    .getText()).startsWith("办理时限 ").doesNotContain("–");
            assertThat(_get(byId.get(atExpert.id()), Span.class, s -> s.withClasses("application-review-age"))
                    .getText()).isEqualTo("已等待 0 天");
        });
    }

    static Span badge(HorizontalLayout row) {
        return _get(row, Span.class, s -> s.withClasses("application-review-sla"));
    }

    @Test
    void the_filters_narrow_the_inbox_by_programme_stage_and_age() {
        TenantContext.runAs(journey.authority, () -> {
            openInbox(reviewer);
            ReviewInboxView inbox = _get(ReviewInboxView.class);
            assertThat(shown()).containsExactlyInAnyOrder(overdue.id(), dueSoon.id(), atExpert.id());

            HasValueUtilsKt._setValue(inbox.programme, secondProgramme);
            assertThat(shown()).containsExactly(dueSoon.id());
            assertThat(inbox.programme.getItemLabelGenerator().apply(secondProgramme)).isEqualTo("第二专项");

            HasValueUtilsKt._setValue(inbox.programme, ReviewInboxView.ALL);
            HasValueUtilsKt._setValue(inbox.stage, "EXPERT");
            assertThat(shown()).containsExactly(atExpert.id());

            HasValueUtilsKt._setValue(inbox.stage, ReviewInboxView.ALL);
            HasValueUtilsKt._setValue(inbox.age, 3);
            assertThat(shown()).isEmpty();
            assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                    .contains(inbox.getTranslation("applications.reviews.filter.none"));

            HasValueUtilsKt._setValue(inbox.age, 0);
            assertThat(shown()).hasSize(3);
        });
    }

    @Test
    void another_authoritys_reviewer_sees_none_and_the_task_notice_opens_the_case() {
        String other = journey.f.authority();
        SignInAccount stranger = journey.member(other, Role.DISTRICT_OFFICER, Role.REVIEWER);
        TenantContext.runAs(other, () -> {
            openInbox(stranger);
            assertThat(rows()).isEmpty();
        });
        BrowserlessUi.close();

        List<Notification> notices = TenantContext.callAs(journey.authority,
                () -> notifications.recent(reviewer.userId(), 20));
        assertThat(notices).extracting(Notification::getLink).contains("applications/" + overdue.id());
        TenantContext.runAs(journey.authority, () -> {
            openInbox(reviewer);
            UI.getCurrent().navigate("applications/" + overdue.id());
            assertThat(_find(ApplicationView.class)).hasSize(1);
        });
    }
}
