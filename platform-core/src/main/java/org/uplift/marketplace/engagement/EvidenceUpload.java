package org.uplift.marketplace.engagement;

import java.io.InputStream;

/** A file the provider hands in with a delivery: its name, the size its client declared, and its bytes. */
public record EvidenceUpload(String filename, long size, InputStream content) {
}
