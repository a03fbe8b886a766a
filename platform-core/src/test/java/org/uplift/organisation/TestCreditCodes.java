package org.uplift.organisation;

import java.util.concurrent.ThreadLocalRandom;

/** Makes valid, distinct unified social credit codes for tests (both check characters computed). */
public final class TestCreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private TestCreditCodes() {
    }

    /** An enterprise (9 1) registered in Yuhang, Hangzhou. */
    public static String next() {
        return withPrefix("91330110");
    }

    public static String withPrefix(String firstEight) {
        StringBuilder body = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            body.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * ORG_WEIGHTS[i];
        }
        int orgCheck = 11 - sum % 11;
        body.append(orgCheck == 10 ? 'X' : orgCheck == 11 ? '0' : (char) ('0' + orgCheck));
        String first17 = firstEight + body;
        int total = 0;
        for (int i = 0; i < 17; i++) {
            total += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - total % 31;
        return first17 + CHARSET.charAt(check == 31 ? 0 : check);
    }
}
