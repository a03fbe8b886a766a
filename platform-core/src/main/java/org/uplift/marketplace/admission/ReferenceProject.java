package org.uplift.marketplace.admission;

/** A project the provider delivered: for whom, in which year, what it did. */
public record ReferenceProject(String client, Integer year, String summary) {
}
