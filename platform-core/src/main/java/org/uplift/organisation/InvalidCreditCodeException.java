package org.uplift.organisation;

/** A string that is not a valid 统一社会信用代码; {@link #reason()} says which rule it broke. */
public class InvalidCreditCodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Null, empty or only whitespace. */
        EMPTY,
        /** Not exactly 18 characters. */
        LENGTH,
        /** A character outside 0-9 and the 21 letters GB 32100 uses (no I, O, Z, S, V). */
        CHARACTER,
        /** Position 1 is not a registration authority code of GB 32100-2015. */
        AUTHORITY,
        /** Position 2 is not an organisation category that authority issues. */
        CATEGORY,
        /** Positions 3-8 are not six digits. */
        DIVISION,
        /** Position 18 does not match the GB 32100 check character. */
        CHECKSUM,
        /** Position 17 does not match the GB 11714 check digit of the organisation code. */
        BODY_CHECKSUM
    }

    private final Reason reason;

    InvalidCreditCodeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
