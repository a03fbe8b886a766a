package org.uplift.marketplace.admission;

/** A certificate scan to show or download. */
public record CertificateScan(String fileName, String contentType, byte[] content) {
}
