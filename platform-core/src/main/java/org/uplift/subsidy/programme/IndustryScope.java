package org.uplift.subsidy.programme;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which GB/T 4754 industries a programme funds: entries are a code or prefix ({@code C34}, {@code C3}) or a
 * range of divisions ({@code C13-C43}); {@code excluded} takes industries out again ("C13–C43 except C16").
 * A class code ({@code C3411}) belongs to its division ({@code C34}).
 */
public record IndustryScope(List<String> included, List<String> excluded) {

    private static final Pattern RANGE = Pattern.compile("^([A-T])(\\d{2})-\\1(\\d{2})$");
    private static final Pattern ENTRY = Pattern.compile("^[A-T](\\d{1,4})?$");
    private static final Pattern CODE = Pattern.compile("^[A-T]\\d{2,4}$");

    public IndustryScope {
        included = included == null ? List.of() : included.stream().map(IndustryScope::normal).toList();
        excluded = excluded == null ? List.of() : excluded.stream().map(IndustryScope::normal).toList();
    }

    public boolean covers(String industryCode) {
        if (industryCode == null || !CODE.matcher(industryCode.strip().toUpperCase(Locale.ROOT)).matches()) {
            return false;
        }
        String code = industryCode.strip().toUpperCase(Locale.ROOT);
        return included.stream().anyMatch(e -> matches(e, code)) && excluded.stream().noneMatch(e -> matches(e, code));
    }

    /** An entry is a code, a prefix or a range of two-digit divisions of the same section. */
    public static boolean isValidEntry(String entry) {
        String e = normal(entry);
        Matcher range = RANGE.matcher(e);
        if (range.matches()) {
            return Integer.parseInt(range.group(2)) <= Integer.parseInt(range.group(3));
        }
        return ENTRY.matcher(e).matches();
    }

    private static boolean matches(String entry, String code) {
        Matcher range = RANGE.matcher(entry);
        if (range.matches()) {
            if (code.charAt(0) != range.group(1).charAt(0)) {
                return false;
            }
            int division = Integer.parseInt(code.substring(1, 3));
            return division >= Integer.parseInt(range.group(2)) && division <= Integer.parseInt(range.group(3));
        }
        return code.startsWith(entry);
    }

    private static String normal(String entry) {
        return entry == null ? "" : entry.strip().toUpperCase(Locale.ROOT).replace('–', '-').replace('—', '-');
    }
}
