package org.uplift.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The districts, counties and county-level city of Hangzhou (杭州市) after the 2021 reform
 * (下城区 and 江干区 abolished; 临平区 and 钱塘区 created), read once from {@code districts.csv}.
 */
public final class DistrictCatalog {

    private static final List<District> ALL = CatalogCsv.read(DistrictCatalog.class, "districts.csv", 3)
            .stream()
            .map(row -> new District(row.get(0), row.get(1), row.get(2)))
            .toList();

    private static final Map<String, District> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(District::code, Function.identity()));

    private DistrictCatalog() {
    }

    /** All districts in division-code order. */
    public static List<District> all() {
        return ALL;
    }

    public static Optional<District> byCode(String code) {
        return Optional.ofNullable(code).map(BY_CODE::get);
    }

    public static boolean isKnown(String code) {
        return byCode(code).isPresent();
    }

    /** The Chinese name for any "zh" locale, the English name otherwise; an unknown code is returned as is. */
    public static String displayName(String code, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return byCode(code).map(district -> chinese ? district.nameZh() : district.nameEn()).orElse(code);
    }
}
