package org.uplift.marketplace.quote;

/**
 * What the SME asks a quote for: a published package version, or a free-text need (then {@code packageId} is
 * null). The description is the SME's own words either way (optional with a package).
 */
public record QuoteNeed(String packageId, int packageVersion, String packageName, String description) {

    public boolean isPackage() {
        return packageId != null;
    }
}
