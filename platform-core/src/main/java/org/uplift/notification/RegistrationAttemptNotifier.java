package org.uplift.notification;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.uplift.identity.RegistrationForKnownEmail;
import org.uplift.tenancy.TenantContext;

/**
 * Tells an account's owner that someone tried to register a new organisation with their e-mail
 * address: in the bell, and by mail where SMTP is configured. The registrant was told nothing.
 */
@Component
class RegistrationAttemptNotifier {

    static final String MESSAGE = "notification.registrationForKnownEmail";
    private static final Logger log = LoggerFactory.getLogger(RegistrationAttemptNotifier.class);

    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String from;

    RegistrationAttemptNotifier(Notifications notifications, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, @org.springframework.beans.factory.annotation.Value(
                    "${uplift.mail.from:noreply@uplift.local}") String from) {
        this.notifications = notifications;
        this.mail = mail;
        this.messages = messages;
        this.from = from;
    }

    @Async
    @EventListener
    void on(RegistrationForKnownEmail attempt) {
        TenantContext.runAs(attempt.tenantId(), () -> notifications.notify(attempt.userId(), MESSAGE, List.of(), null));
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(attempt.locale() == null ? "zh-CN" : attempt.locale());
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(attempt.email());
        message.setSubject(messages.getMessage("mail.registrationForKnownEmail.subject", null, locale));
        message.setText(messages.getMessage(MESSAGE, null, locale));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not mail the registration notice: {}", e.getMessage());
        }
    }
}
