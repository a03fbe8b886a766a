package org.uplift.organisation;

import static org.uplift.organisation.InvalidCreditCodeException.Reason.AUTHORITY;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.BODY_CHECKSUM;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.CATEGORY;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.CHARACTER;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.CHECKSUM;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.DIVISION;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.EMPTY;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.LENGTH;

import java.util.Map;

/**
 * A 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters laid out as
 * registration authority (1), organisation category (2), administrative division of the
 * registering authority (3-8), organisation code per GB 11714 (9-17) and a check character (18).
 *
 * <p>Every instance is valid and in canonical form (upper case, no surrounding whitespace).
 */
public record CreditCode(String value) {

    private static final int LENGTH_OF_CODE = 18;
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] BODY_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /**
     * GB 32100-2015 table 1: registration authority -> the organisation categories it issues.
     * 1 机构编制 (机关, 事业单位, 群众团体, 其他), 5 民政 (社会团体, 民办非企业单位, 基金会, 其他),
     * 9 工商 (企业, 个体工商户, 农民专业合作社), Y 其他. Authorities added after the 2015 edition
     * (e.g. 3 司法行政 for law firms, N 农业农村 for rural collectives) are rejected until listed here.
     */
    private static final Map<Character, String> CATEGORIES_BY_AUTHORITY =
            Map.of('1', "1239", '5', "1239", '9', "123", 'Y', "1");

    public CreditCode {
        value = normalise(value);
        validate(value);
    }

    /** Parses user input: surrounding whitespace is dropped and ASCII letters are upper-cased. */
    public static CreditCode parse(String raw) {
        return new CreditCode(raw);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidCreditCodeException e) {
            return false;
        }
    }

    /** The GB/T 2260 division code of the registering authority (positions 3-8), e.g. "330106". */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        // ASCII-only upper-casing: String.toUpperCase would fold e.g. 'ﬀ' into "FF" and 'ı' into 'I'.
        StringBuilder upper = new StringBuilder(raw.strip());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'a' && c <= 'z') {
                upper.setCharAt(i, (char) (c - 'a' + 'A'));
            }
        }
        return upper.toString();
    }

    private static void validate(String code) {
        if (code.isEmpty()) {
            throw invalid(EMPTY, code, "is empty");
        }
        if (code.length() != LENGTH_OF_CODE) {
            throw invalid(LENGTH, code, "has " + code.length() + " characters, expected " + LENGTH_OF_CODE);
        }
        for (int i = 0; i < code.length(); i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                throw invalid(CHARACTER, code, "has a character not allowed at position " + (i + 1));
            }
        }
        String categories = CATEGORIES_BY_AUTHORITY.get(code.charAt(0));
        if (categories == null) {
            throw invalid(AUTHORITY, code, "has an unknown registration authority code");
        }
        if (categories.indexOf(code.charAt(1)) < 0) {
            throw invalid(CATEGORY, code, "has an organisation category its registration authority does not issue");
        }
        for (int i = 2; i < 8; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                throw invalid(DIVISION, code, "has a non-digit in the division code");
            }
        }
        if (code.charAt(17) != checkCharacter(code)) {
            throw invalid(CHECKSUM, code, "has a wrong check character");
        }
        if (code.charAt(16) != bodyCheckDigit(code)) {
            throw invalid(BODY_CHECKSUM, code, "has a wrong organisation code check digit");
        }
    }

    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * CHARSET.indexOf(code.charAt(i));
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714 over positions 9-16, where letters count A=10 ... Z=35. */
    private static char bodyCheckDigit(String code) {
        int sum = 0;
        for (int i = 0; i < BODY_WEIGHTS.length; i++) {
            sum += BODY_WEIGHTS[i] * Character.digit(code.charAt(8 + i), 36);
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static InvalidCreditCodeException invalid(
            InvalidCreditCodeException.Reason reason, String code, String problem) {
        return new InvalidCreditCodeException(reason, "Credit code '" + code + "' " + problem);
    }
}
