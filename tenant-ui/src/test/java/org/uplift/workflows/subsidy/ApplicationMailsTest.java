package org.uplift.workflows.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.platform.Formats;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.tenancy.TenantContext;
import org.uplift.ui.applications.ReviewJourney;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The subsidy journey's notifications by e-mail, received by a real SMTP server (GreenMail) the application's mail
 * settings point at. (In this package for the SLA check's entry points.)
 */
@UpliftTest
class ApplicationMailsTest {

    static final int SMTP_PORT = freePort();
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailAtGreenMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("uplift.base-url", () -> "https://uplift.example.cn");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewSlaCheck check;
    @Autowired
    TaskService tasks;
    @Autowired
    Notifications notifications;

    ReviewJourney journey;
    SignInAccount district;
    SignInAccount expert;

    @BeforeEach
    void anAuthorityWithReviewers() {
        journey = new ReviewJourney(context);
        district = journey.member(Role.DISTRICT_OFFICER);
        expert = journey.member(Role.REVIEWER);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mail received for the address (and its text), once it has arrived. */
    record Mail(String subject, String body) {
    }

    static List<Mail> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m, address)).map(ApplicationMailsTest::read)
                .toList();
    }

    static Mail mailTo(String address, String subject) {
        return await(address + ": " + subject).atMost(PATIENCE).until(() -> mailsTo(address).stream()
                .filter(m -> m.subject().equals(subject)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    static boolean to(MimeMessage message, String address) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(message
                    .getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), message.getContent().toString());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String link(String applicationId) {
        return "https://uplift.example.cn/applications/" + applicationId;
    }

    @Test
    void a_new_review_task_is_mailed_to_its_deciders_in_their_own_language_with_the_link_to_the_case() {
        SignInAccount english = journey.member(Role.DISTRICT_OFFICER);
        TenantContext.runAs(journey.authority, () -> accounts.changeLocale(english.userId(), "en"));

        var applied = journey.applied();

        Mail chinese = mailTo(district.username(), "Uplift：新的补助申请待区县推荐");
        assertThat(chinese.body()).contains(applied.own().getSmeName(), "等待区县推荐", link(applied.id()));
        Mail inEnglish = mailTo(english.username(), "Uplift: a subsidy application awaits the district recommendation");
        assertThat(inEnglish.body()).contains("the district recommendation is waiting", link(applied.id()));
        assertThat(mailsTo(expert.username())).isEmpty();

        journey.decide(district, applied.id(), ReviewDecision.APPROVE, null);
        assertThat(mailTo(expert.username(), "Uplift：新的补助申请待专家评审").body()).contains(link(applied.id()));
    }

    @Test
    void the_owner_is_mailed_the_request_for_information_with_its_deadline_and_warned_before_the_deadline() {
        var applied = journey.applied();
        journey.decide(district, applied.id(), ReviewDecision.APPROVE, null);
        applied.await(ApplicationStatus.EXPERT_REVIEW);
        journey.decide(expert, applied.id(), ReviewDecision.MORE_INFORMATION, "请补充合同扫描件");
        applied.await(ApplicationStatus.INFORMATION_REQUESTED);
        String owner = applied.sme().ownerEmail();

        Mail request = mailTo(owner, "Uplift：补助申请需要补充材料");
        Instant deadline = applied.own().getInformation().deadline();
        String printed = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Asia/Shanghai")).format(deadline);
        assertThat(request.body()).contains("请补充合同扫描件", printed, link(applied.id()));

        await().atMost(PATIENCE).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(applied.id())
                .taskDefinitionKey(ApplicationProcess.PROVIDE_INFORMATION).count() == 1);
        check.warnOfDeadlines(deadline.minus(Duration.ofDays(1)));
        assertThat(mailTo(owner, "Uplift：补充材料即将截止").body()).contains(printed, link(applied.id()));
    }

    @Test
    void the_owner_is_mailed_the_offer_with_its_amount_and_a_rejection_with_its_reason() {
        var offered = journey.offered(district, expert);
        assertThat(mailTo(offered.sme().ownerEmail(), "Uplift：补助申请已通过").body())
                .contains(Formats.yuan(offered.own().getAmountFen()), link(offered.id()));

        var rejected = journey.applied();
        journey.decide(district, rejected.id(), ReviewDecision.REJECT, "不在本区范围");
        assertThat(mailTo(rejected.sme().ownerEmail(), "Uplift：补助申请未获通过").body()).contains("不在本区范围");
    }

    @Test
    void an_overdue_review_is_mailed_once_to_the_programme_managers() throws InterruptedException {
        SignInAccount manager = journey.member(Role.PROGRAMME_MANAGER);
        var applied = journey.applied();
        Instant due = await().atMost(PATIENCE).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(applied.id()).active().singleResult(), t -> t != null).getDueDate()
                .toInstant();

        check.escalateOverdue(due.plus(Duration.ofHours(1)));
        check.escalateOverdue(due.plus(Duration.ofHours(2)));

        assertThat(mailTo(manager.username(), "Uplift：补助申请评审超时").body()).contains(applied.own().getSmeName(),
                link(applied.id()));
        Thread.sleep(2_000);
        assertThat(mailsTo(manager.username()).stream().filter(m -> m.subject().equals("Uplift：补助申请评审超时")))
                .hasSize(1);
    }

    @Test
    void with_the_mail_server_down_the_decision_goes_through_and_the_notice_stays_in_the_bell() {
        var applied = journey.applied();
        SMTP.stop();
        try {
            journey.decide(district, applied.id(), ReviewDecision.APPROVE, null);
            applied.await(ApplicationStatus.EXPERT_REVIEW);
            await().atMost(PATIENCE).until(() -> TenantContext.callAs(journey.authority,
                    () -> notifications.recent(expert.userId(), 10)).stream().map(Notification::getMessageKey)
                    .anyMatch("notification.subsidy.taskAssigned.EXPERT"::equals));
        } finally {
            SMTP.start();
        }
        assertThat(mailsTo(expert.username())).isEmpty();
    }
}
