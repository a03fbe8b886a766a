/**
 * In-app notifications (the bell) stored in MongoDB, and outgoing mail where SMTP is configured;
 * without it mail is only logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.uplift.notification;
