package org.uplift.marketplace.admission;

import java.time.LocalDate;

/** A certificate as the provider enters it, with its scan's name and bytes (checked before anything is stored). */
public record CertificateInput(String name, String number, String issuer, LocalDate validUntil, String fileName,
        byte[] content) {
}
