package org.uplift.subsidy.claim;

import java.io.InputStream;

/** A file the owner hands in with the claim: its name, the size its client declared, and its bytes. */
public record ClaimUpload(String filename, long size, InputStream content) {
}
