package org.uplift.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryCatalogTest {

    @Test
    void manufacturing_has_the_31_divisions_c13_to_c43_in_order_without_gaps() {
        List<String> expected = IntStream.rangeClosed(13, 43).mapToObj(n -> "C" + n).toList();

        assertThat(IndustryCatalog.manufacturing()).extracting(Industry::code).containsExactlyElementsOf(expected);
    }

    @Test
    void every_division_has_a_chinese_and_an_english_name() {
        assertThat(IndustryCatalog.manufacturing()).allSatisfy(industry -> {
            assertThat(industry.nameZh()).isNotBlank().isEqualTo(industry.nameZh().strip())
                    .matches(".*\\p{IsHan}.*");
            assertThat(industry.nameEn()).isNotBlank().isEqualTo(industry.nameEn().strip())
                    .matches("[\\x20-\\x7E]+");
        });
        assertThat(IndustryCatalog.manufacturing()).extracting(Industry::nameZh).doesNotHaveDuplicates();
        assertThat(IndustryCatalog.manufacturing()).extracting(Industry::nameEn).doesNotHaveDuplicates();
    }

    @Test
    void lookup_by_code_finds_the_division() {
        assertThat(IndustryCatalog.byCode("C13"))
                .contains(new Industry("C13", "农副食品加工业", "Processing of Food from Agricultural Products"));
        assertThat(IndustryCatalog.byCode("C39")).map(Industry::nameZh).contains("计算机、通信和其他电子设备制造业");
        assertThat(IndustryCatalog.byCode("C43")).map(Industry::nameZh).contains("金属制品、机械和设备修理业");
        assertThat(IndustryCatalog.isKnown("C25")).isTrue();
    }

    @Test
    void names_containing_commas_survive_the_csv_quoting() {
        assertThat(IndustryCatalog.byCode("C15")).map(Industry::nameEn)
                .contains("Manufacture of Liquor, Beverages and Refined Tea");
        assertThat(IndustryCatalog.byCode("C20")).map(Industry::nameZh).contains("木材加工和木、竹、藤、棕、草制品业");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"C12", "C44", "13", "A01", "C1"})
    void codes_outside_manufacturing_are_unknown(String code) {
        assertThat(IndustryCatalog.byCode(code)).isEmpty();
        assertThat(IndustryCatalog.isKnown(code)).isFalse();
    }

    @Test
    void display_name_is_chinese_for_any_chinese_locale() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.TRADITIONAL_CHINESE,
                Locale.forLanguageTag("zh-Hans-CN"))) {
            assertThat(IndustryCatalog.displayName("C14", locale)).as(locale.toString()).isEqualTo("食品制造业");
        }
    }

    @Test
    void display_name_is_english_for_other_locales() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.US, Locale.GERMANY, Locale.JAPAN, Locale.ROOT)) {
            assertThat(IndustryCatalog.displayName("C14", locale)).as(locale.toString())
                    .isEqualTo("Manufacture of Foods");
        }
    }

    @Test
    void display_name_of_an_unknown_code_is_the_code_itself() {
        assertThat(IndustryCatalog.displayName("C99", Locale.SIMPLIFIED_CHINESE)).isEqualTo("C99");
    }

    @Test
    void the_list_cannot_be_modified() {
        assertThatThrownBy(() -> IndustryCatalog.manufacturing().add(new Industry("C44", "x", "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
