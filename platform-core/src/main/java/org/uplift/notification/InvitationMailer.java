package org.uplift.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.uplift.identity.InvitationSent;

/**
 * Mails an invitation link when SMTP is configured ({@code spring.mail.host}); the owner always sees
 * the link on screen too, so a missing or failing mail server loses nothing.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String baseUrl;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mail, @Value("${uplift.base-url:http://localhost:8080}") String baseUrl,
            @Value("${uplift.mail.from:noreply@uplift.local}") String from) {
        this.mail = mail;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    @Async
    @EventListener
    void on(InvitationSent invitation) {
        JavaMailSender sender = mail.getIfAvailable();
        String link = baseUrl + invitation.path();
        if (sender == null) {
            log.info("No SMTP configured; invitation for {} is shown to the owner only", invitation.email());
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(invitation.email());
        message.setSubject("Uplift 团队邀请 / Team invitation");
        message.setText("您被邀请加入 Uplift 团队，请在 " + invitation.expiresAt() + " 前打开链接：\n" + link
                + "\n\nYou have been invited to join a team on Uplift. Open this link before "
                + invitation.expiresAt() + ":\n" + link);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not mail the invitation for {}: {}", invitation.email(), e.getMessage());
        }
    }
}
