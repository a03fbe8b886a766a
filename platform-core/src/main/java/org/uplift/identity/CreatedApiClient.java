package org.uplift.identity;

/** A new API client with its secret in clear text: shown once, never stored or shown again. */
public record CreatedApiClient(String clientId, String secret, ApiClient client) {
}
