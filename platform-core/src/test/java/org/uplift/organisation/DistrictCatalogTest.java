package org.uplift.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictCatalogTest {

    @Test
    void hangzhou_has_13_county_level_divisions_after_the_2021_reform() {
        assertThat(DistrictCatalog.all()).extracting(District::code).containsExactly(
                "330102", "330105", "330106", "330108", "330109", "330110", "330111",
                "330112", "330113", "330114", "330122", "330127", "330182");
    }

    @Test
    void every_district_is_in_hangzhou_and_named_in_both_languages() {
        assertThat(DistrictCatalog.all()).allSatisfy(district -> {
            assertThat(district.code()).matches("3301\\d\\d");
            assertThat(district.nameZh()).matches("\\p{IsHan}+[区县市]");
            assertThat(district.nameEn()).isNotBlank().matches("[A-Z][a-z']+");
        });
    }

    @Test
    void lookup_by_code_finds_the_district() {
        assertThat(DistrictCatalog.byCode("330106")).contains(new District("330106", "西湖区", "Xihu"));
        assertThat(DistrictCatalog.byCode("330112")).map(District::nameEn).contains("Lin'an");
        assertThat(DistrictCatalog.byCode("330182")).map(District::nameZh).contains("建德市");
        assertThat(DistrictCatalog.isKnown("330114")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    // 下城区 and 江干区 were abolished in 2021; 330100 is the city itself, 330000 the province.
    @ValueSource(strings = {"330103", "330104", "330100", "330000", "330201", "上城区"})
    void abolished_and_non_district_codes_are_unknown(String code) {
        assertThat(DistrictCatalog.byCode(code)).isEmpty();
        assertThat(DistrictCatalog.isKnown(code)).isFalse();
    }

    @Test
    void display_name_is_chinese_for_any_chinese_locale() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.TRADITIONAL_CHINESE)) {
            assertThat(DistrictCatalog.displayName("330108", locale)).as(locale.toString()).isEqualTo("滨江区");
        }
    }

    @Test
    void display_name_is_english_for_other_locales() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.UK, Locale.FRANCE, Locale.ROOT)) {
            assertThat(DistrictCatalog.displayName("330127", locale)).as(locale.toString()).isEqualTo("Chun'an");
        }
    }

    @Test
    void display_name_of_an_unknown_code_is_the_code_itself() {
        assertThat(DistrictCatalog.displayName("330103", Locale.ENGLISH)).isEqualTo("330103");
    }
}
