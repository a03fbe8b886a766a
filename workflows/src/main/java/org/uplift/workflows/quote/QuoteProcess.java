package org.uplift.workflows.quote;

/** The names the {@code quote-request} model and its code share. */
public final class QuoteProcess {

    public static final String KEY = "quote-request";
    public static final String COLLECT = "collectQuotes";
    public static final String ANSWER = "answerQuote";
    public static final String REMINDER_TIMER = "answerReminder";
    public static final String REMIND = "remindProviders";
    public static final String EXPIRY_TIMER = "requestExpiry";
    public static final String EXPIRY_AFTER_REPLIES = "expiredAfterReplies";
    public static final String EXPIRE = "expireRequest";
    public static final String ACCEPTED_EARLY = "acceptedEarly";
    public static final String AWAIT_CHOICE = "awaitChoice";
    public static final String ACCEPTED = "accepted";
    public static final String QUOTE_CHOSEN = "quoteChosen";
    public static final String REQUEST_EXPIRED = "requestExpired";
    /** The message both catch events of the SME's choice wait for. */
    public static final String QUOTE_ACCEPTED_MESSAGE = "quoteAccepted";

    public static final String REQUEST_ID = "requestId";
    public static final String SME_TENANT_ID = "smeTenantId";
    public static final String PROVIDER_TENANT_IDS = "providerTenantIds";
    public static final String PROVIDER_TENANT_ID = "providerTenantId";
    public static final String REMINDER_AFTER = "reminderAfter";
    public static final String EXPIRES_AT = "expiresAt";

    private QuoteProcess() {
    }
}
