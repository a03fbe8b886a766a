package org.uplift.identity;

/**
 * Someone registered a new organisation with an e-mail address that already has an account. Nothing
 * was created and the registrant was answered as if the address were new; the account's owner is told.
 */
public record RegistrationForKnownEmail(String tenantId, String userId, String email, String locale) {
}
