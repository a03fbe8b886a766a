package org.uplift.assessment.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.uplift.organisation.CompanyProfile;
import org.uplift.organisation.SizeClass;

/**
 * A peer group: every SME ({@link Kind#ALL}), or those of one industry, size class or district. Printed and
 * parsed as {@code all}, {@code industry:C34}, {@code size:SMALL}, {@code district:330110}.
 */
public record Segment(Kind kind, String code) {

    public enum Kind {
        ALL, INDUSTRY, SIZE, DISTRICT;

        String prefix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Segment ALL = new Segment(Kind.ALL, null);

    public Segment {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ALL) != (code == null || code.isEmpty())) {
            throw new IllegalArgumentException(kind == Kind.ALL ? "'all' has no code" : kind + " needs a code");
        }
        if (code != null && (code.contains(":") || code.contains("|") || code.contains("."))) {
            throw new IllegalArgumentException("Unusable segment code: " + code);
        }
        code = kind == Kind.ALL ? null : code;
    }

    public static Segment industry(String code) {
        return new Segment(Kind.INDUSTRY, code);
    }

    public static Segment size(SizeClass sizeClass) {
        return new Segment(Kind.SIZE, sizeClass.name());
    }

    public static Segment district(String code) {
        return new Segment(Kind.DISTRICT, code);
    }

    /** The segments an SME with this profile (none: only {@link #ALL}) contributes to, {@link #ALL} first. */
    public static List<Segment> of(Optional<CompanyProfile> profile) {
        List<Segment> segments = new ArrayList<>(List.of(ALL));
        profile.ifPresent(p -> segments.addAll(List.of(industry(p.getIndustryCode()), size(p.sizeClass()),
                district(p.getDistrictCode()))));
        return segments;
    }

    /** The inverse of {@link #toString()}. */
    public static Segment parse(String text) {
        if (Kind.ALL.prefix().equals(text)) {
            return ALL;
        }
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a segment: " + text);
        }
        String prefix = text.substring(0, colon);
        for (Kind kind : Kind.values()) {
            if (kind != Kind.ALL && kind.prefix().equals(prefix)) {
                return new Segment(kind, text.substring(colon + 1));
            }
        }
        throw new IllegalArgumentException("Unknown segment kind: " + text);
    }

    @Override
    public String toString() {
        return kind == Kind.ALL ? kind.prefix() : kind.prefix() + ":" + code;
    }
}
