package org.uplift.marketplace.admission;

import java.time.LocalDate;

/** A qualification certificate as stored: its particulars and the scan kept in GridFS ({@code fileId}). */
public record Certificate(String name, String number, String issuer, LocalDate validUntil, String fileId,
        String fileName, String contentType, long size) {
}
