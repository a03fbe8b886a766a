package org.uplift.notification;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.uplift.identity.Accounts;
import org.uplift.identity.UserAccount;
import org.uplift.tenancy.TenantContext;

/**
 * Mails a notification to its recipient's address in the recipient's language: subject {@code <key>.subject}
 * (or {@code mail.notification.subject}), body {@code mail.notification.body} with the notification's text and
 * the link to the page. Runs after the business work on another thread; a missing or failing SMTP server is
 * logged and loses nothing, because the notification is already in the bell.
 */
@Component
class NotificationMailer {

    static final String SUBJECT = "mail.notification.subject";
    static final String BODY = "mail.notification.body";
    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final Accounts accounts;
    private final NotificationMailProperties properties;

    NotificationMailer(ObjectProvider<JavaMailSender> mail, MessageSource messages, Accounts accounts,
            NotificationMailProperties properties) {
        this.mail = mail;
        this.messages = messages;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Async
    public void mail(Notification notification) {
        JavaMailSender sender = mail.getIfAvailable();
        if (!properties.enabled() || sender == null) {
            return;
        }
        Optional<UserAccount> recipient = TenantContext.callAs(notification.getTenantId(),
                () -> accounts.current(notification.getRecipientUserId()));
        if (recipient.isEmpty() || !recipient.get().isEnabled()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(recipient.get().getLocale() == null ? "zh-CN" : recipient.get().getLocale());
        Object[] arguments = notification.getArguments().toArray();
        String text = messages.getMessage(notification.getMessageKey(), arguments, notification.getMessageKey(), locale);
        String subject = messages.getMessage(notification.getMessageKey() + ".subject", arguments,
                messages.getMessage(SUBJECT, null, "Uplift", locale), locale);
        String link = notification.getLink() == null ? properties.baseUrl() : properties.baseUrl() + "/" + notification.getLink();
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(recipient.get().getUsername());
        message.setSubject(subject);
        message.setText(messages.getMessage(BODY, new Object[] {text, link}, text + "\n\n" + link, locale));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not mail notification {} to user {} (it stays in the bell): {}", notification.getId(),
                    notification.getRecipientUserId(), e.getMessage());
        }
    }
}
