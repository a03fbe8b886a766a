package org.uplift.marketplace.solution;

/** A client the provider delivered this package to, as the provider tells it. */
public record ReferenceCase(String client, String industry, int year, String outcome) {
}
