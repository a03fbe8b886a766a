package org.uplift.notification;

/** How a notification reaches its recipient: always in the bell, by e-mail too where the event warrants it. */
public enum Delivery {
    IN_APP,
    IN_APP_AND_MAIL
}
