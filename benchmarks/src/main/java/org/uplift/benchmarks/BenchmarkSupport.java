package org.uplift.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What drivers in other packages share with this one's: valid credit codes and a complete MIIT assessment. */
public final class BenchmarkSupport {

    public static final Map<String, List<String>> CHOICES = MiitAnswers.CHOICES;
    public static final Map<String, Integer> SCENARIOS = MiitAnswers.SCENARIOS;
    public static final Map<String, Map<String, BigDecimal>> EVIDENCE = MiitAnswers.EVIDENCE;

    private BenchmarkSupport() {
    }

    /** A valid unified social credit code, distinct per number. */
    public static String creditCode(long n) {
        return SubmitToPublished.CreditCodes.next(n);
    }
}
