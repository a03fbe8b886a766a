package org.uplift.marketplace.admission;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.evidence.EvidenceType;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.validation.Violations;

/**
 * What an application must say before anything of it is stored: every reason at once, each on its field as
 * the form and the API name it ({@code certificates[0].validUntil}). Certificate scans follow the evidence
 * rules (type by name and content together, a size limit) and must be PDF or an image.
 */
public final class AdmissionRules {

    public static final String REQUIRED = "validation.required";
    public static final String TOO_LONG = "admission.tooLong";
    public static final String TOO_MANY = "admission.tooMany";
    public static final String AT_LEAST_ONE = "admission.atLeastOne";
    public static final String EXPIRED = "admission.certificateExpired";
    public static final String YEAR_RANGE = "admission.yearRange";
    public static final String STAFF_RANGE = "admission.staffRange";
    public static final String SERVES_NOTHING = "admission.servesNothing";
    public static final String UNKNOWN_DIMENSION = "admission.unknownDimension";
    public static final String UNKNOWN_SCENARIO = "admission.unknownScenario";
    public static final String DUPLICATE = "admission.duplicate";
    public static final String FILE_TYPE = "admission.certificateFileType";

    public static final int MAX_CERTIFICATES = 10;
    public static final int MAX_REFERENCES = 10;
    public static final int MAX_STAFF = 100_000;
    static final int FIRST_YEAR = 1990;
    static final String ACCEPTED = ".pdf, .png, .jpg, .jpeg";

    private AdmissionRules() {
    }

    public static Violations check(ApplicationForm form, Framework framework, LocalDate today, long maxFileBytes,
            String readableMax) {
        Violations v = new Violations();
        text(v, form.businessScope(), "businessScope", 2000);
        certificates(v, form.certificates(), today, maxFileBytes, readableMax);
        references(v, form.references(), today.getYear());
        v.check(form.staffCount() != null && form.staffCount() >= 1 && form.staffCount() <= MAX_STAFF, "staffCount",
                STAFF_RANGE, MAX_STAFF);
        served(v, form, framework);
        return v;
    }

    private static void certificates(Violations v, List<CertificateInput> certificates, LocalDate today,
            long maxFileBytes, String readableMax) {
        if (certificates.isEmpty()) {
            v.add("certificates", AT_LEAST_ONE);
            return;
        }
        if (certificates.size() > MAX_CERTIFICATES) {
            v.add("certificates", TOO_MANY, MAX_CERTIFICATES);
            return;
        }
        for (int i = 0; i < certificates.size(); i++) {
            CertificateInput c = certificates.get(i);
            String field = "certificates[" + i + "]";
            text(v, c.name(), field + ".name", 100);
            text(v, c.number(), field + ".number", 100);
            text(v, c.issuer(), field + ".issuer", 100);
            if (c.validUntil() == null) {
                v.add(field + ".validUntil", REQUIRED);
            } else {
                v.check(c.validUntil().isAfter(today), field + ".validUntil", EXPIRED);
            }
            file(v, c, field + ".file", maxFileBytes, readableMax);
        }
    }

    private static void file(Violations v, CertificateInput c, String field, long maxFileBytes, String readableMax) {
        if (c.fileName() == null || c.fileName().isBlank()) {
            v.add(field, REQUIRED);
        } else if (c.content() == null || c.content().length == 0) {
            v.add(field, EvidenceFiles.EMPTY);
        } else if (c.content().length > maxFileBytes) {
            v.add(field, EvidenceFiles.TOO_LARGE, readableMax);
        } else if (type(c).isEmpty()) {
            v.add(field, FILE_TYPE, ACCEPTED);
        }
    }

    /** A scan's kind: PDF or an image, by name and content together. */
    static Optional<EvidenceType> type(CertificateInput c) {
        return EvidenceType.recognise(c.fileName(), c.content()).filter(t -> t == EvidenceType.PDF
                || t == EvidenceType.PNG || t == EvidenceType.JPEG);
    }

    private static void references(Violations v, List<ReferenceProject> references, int currentYear) {
        if (references.isEmpty()) {
            v.add("references", AT_LEAST_ONE);
            return;
        }
        if (references.size() > MAX_REFERENCES) {
            v.add("references", TOO_MANY, MAX_REFERENCES);
            return;
        }
        for (int i = 0; i < references.size(); i++) {
            ReferenceProject r = references.get(i);
            String field = "references[" + i + "]";
            text(v, r.client(), field + ".client", 100);
            text(v, r.summary(), field + ".summary", 1000);
            v.check(r.year() != null && r.year() >= FIRST_YEAR && r.year() <= currentYear, field + ".year",
                    YEAR_RANGE, FIRST_YEAR, currentYear);
        }
    }

    private static void served(Violations v, ApplicationForm form, Framework framework) {
        v.check(!form.dimensions().isEmpty() || !form.scenarios().isEmpty(), "scenarios", SERVES_NOTHING);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.dimensions().size(); i++) {
            String key = form.dimensions().get(i);
            String field = "dimensions[" + i + "]";
            if (framework.dimensions().stream().map(Dimension::key).noneMatch(k -> k.equals(key))) {
                v.add(field, UNKNOWN_DIMENSION, String.valueOf(key));
            } else if (!seen.add(key)) {
                v.add(field, DUPLICATE, key);
            }
        }
        seen.clear();
        for (int i = 0; i < form.scenarios().size(); i++) {
            String key = form.scenarios().get(i);
            String field = "scenarios[" + i + "]";
            if (framework.scenario(String.valueOf(key)).isEmpty()) {
                v.add(field, UNKNOWN_SCENARIO, String.valueOf(key));
            } else if (!seen.add(key)) {
                v.add(field, DUPLICATE, key);
            }
        }
    }

    static void text(Violations v, String value, String field, int max) {
        if (value == null || value.isBlank()) {
            v.add(field, REQUIRED);
        } else if (value.strip().length() > max) {
            v.add(field, TOO_LONG, max);
        }
    }
}
