package org.uplift.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.uplift.organisation.RegistrationConfirmationRequested;

/**
 * Mails the link that confirms a registration to the owner's address, the only place it may go.
 * Without SMTP ({@code spring.mail.host}, development and demos) the link is written to the log so a
 * developer can follow it; a deployment that lets the public register must configure mail.
 */
@Component
class RegistrationMailer {

    private static final Logger log = LoggerFactory.getLogger(RegistrationMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    RegistrationMailer(ObjectProvider<JavaMailSender> mail, MessageSource messages,
            @Value("${uplift.base-url:http://localhost:8080}") String baseUrl,
            @Value("${uplift.mail.from:noreply@uplift.local}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    @Async
    @EventListener
    void on(RegistrationConfirmationRequested request) {
        String link = baseUrl + request.path();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP configured: the registration of {} can only be confirmed by this link (development "
                    + "only): {}", request.email(), link);
            return;
        }
        Locale locale = Locale.forLanguageTag(request.locale() == null ? "zh-CN" : request.locale());
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(request.email());
        message.setSubject(messages.getMessage("mail.registrationConfirm.subject", null, locale));
        message.setText(messages.getMessage("mail.registrationConfirm.body",
                new Object[] {link, request.expiresAt().toString()}, locale));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not mail the registration link for {}: {}", request.email(), e.getMessage());
        }
    }
}
