package org.uplift.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The manufacturing divisions (门类 C 制造业, 大类 C13-C43) of GB/T 4754-2017 国民经济行业分类,
 * read once from {@code industries.csv}. Chinese names are the standard's; English names follow
 * the translations the National Bureau of Statistics uses.
 */
public final class IndustryCatalog {

    private static final List<Industry> MANUFACTURING = CatalogCsv.read(IndustryCatalog.class, "industries.csv", 3)
            .stream()
            .map(row -> new Industry(row.get(0), row.get(1), row.get(2)))
            .toList();

    private static final Map<String, Industry> BY_CODE =
            MANUFACTURING.stream().collect(Collectors.toUnmodifiableMap(Industry::code, Function.identity()));

    private IndustryCatalog() {
    }

    /** All manufacturing divisions in code order. */
    public static List<Industry> manufacturing() {
        return MANUFACTURING;
    }

    public static Optional<Industry> byCode(String code) {
        return Optional.ofNullable(code).map(BY_CODE::get);
    }

    public static boolean isKnown(String code) {
        return byCode(code).isPresent();
    }

    /** The Chinese name for any "zh" locale, the English name otherwise; an unknown code is returned as is. */
    public static String displayName(String code, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        return byCode(code).map(industry -> chinese ? industry.nameZh() : industry.nameEn()).orElse(code);
    }
}
