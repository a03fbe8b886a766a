package org.uplift.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.AUTHORITY;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.BODY_CHECKSUM;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.CATEGORY;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.CHARACTER;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.CHECKSUM;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.DIVISION;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.EMPTY;
import static org.uplift.organisation.InvalidCreditCodeException.Reason.LENGTH;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** Real codes published online (mostly from python-stdnum's test data), cross-checked by the helper below. */
    private static final String[] PUBLISHED = {
        "91110000600037341L", "91310115MA1K3BTP2B", "9144030071526726XG", "91620105L015101280",
        "92340602MA2UK33127", "92340621MA2PBKRXXG", "121200004013590816", "91350100M000100Y43",
        "91442000696462712R", "91371082775260043P"
    };

    private static final String ALPHABET = "0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".replaceAll("[IOZSV]", "");

    static Stream<String> published() {
        return Stream.of(PUBLISHED);
    }

    @ParameterizedTest
    @MethodSource("published")
    void published_codes_are_valid(String published) {
        assertThat(CreditCode.parse(published).value()).isEqualTo(published);
    }

    @Test
    void the_independent_helper_reproduces_the_check_characters_of_published_codes() {
        for (String published : PUBLISHED) {
            assertThat(withCheckCharacters(published.substring(0, 16))).isEqualTo(published);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "12", "13", "19", "51", "52", "53", "59", "91", "92", "93", "Y1"})
    void every_authority_and_category_of_gb_32100_is_accepted(String authorityAndCategory) {
        String code = withCheckCharacters(authorityAndCategory + "330106" + "MA2H0XJ7");

        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void parsing_strips_whitespace_and_upper_cases() {
        assertThat(CreditCode.parse(" \t91310115ma1k3btp2b\n").value()).isEqualTo("91310115MA1K3BTP2B");
        assertThat(CreditCode.parse("\u300091110000600037341l\u3000").value()).isEqualTo("91110000600037341L");
    }

    @Test
    void the_constructor_normalises_and_validates_like_parse() {
        assertThat(new CreditCode("91310115ma1k3btp2b")).isEqualTo(CreditCode.parse("91310115MA1K3BTP2B"));
        assertThat(rejectionOf(() -> new CreditCode("91310115MA1K3BTP2C"))).isEqualTo(CHECKSUM);
    }

    @Test
    void changing_any_character_breaks_the_checksum() {
        List<String> accepted = new ArrayList<>();
        for (String published : PUBLISHED) {
            for (int position = 0; position < 18; position++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement == published.charAt(position)) {
                        continue;
                    }
                    String changed = replaceAt(published, position, replacement);
                    if (CreditCode.isValid(changed)) {
                        accepted.add(changed);
                    }
                    // Past the structured prefix only the checksum can object.
                    if (position >= 8) {
                        assertThat(rejectionOf(changed)).as(changed).isEqualTo(CHECKSUM);
                    }
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', 'i', 'o', 'z', 's', 'v'})
    void letters_i_o_z_s_v_are_rejected(char forbidden) {
        assertThat(rejectionOf(replaceAt("91310115MA1K3BTP2B", 9, forbidden))).isEqualTo(CHARACTER);
    }

    @Test
    void non_ascii_characters_are_rejected_rather_than_folded() {
        assertThat(rejectionOf("9111000060003734\uFF11L")).isEqualTo(CHARACTER); // full-width 1
        String withFf = withCheckCharacters("91330106MAFF3K0N");
        assertThat(CreditCode.isValid(withFf)).isTrue();
        // "ﬀ".toUpperCase() is "FF": a 17-character input must not become a valid 18-character code.
        assertThat(rejectionOf(withFf.replace("FF", "\uFB00"))).isEqualTo(LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341", "91110000600037341L0", "9", "91 110000 600037341L"})
    void wrong_length_is_rejected(String raw) {
        assertThat(rejectionOf(raw)).isEqualTo(LENGTH);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000"})
    void missing_input_is_rejected_as_empty(String raw) {
        assertThat(rejectionOf(raw)).isEqualTo(EMPTY);
        assertThat(CreditCode.isValid(raw)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "21", "X1"})
    void registration_authority_outside_the_gb_32100_table_is_rejected(String authorityAndCategory) {
        String code = withCheckCharacters(authorityAndCategory + "330106" + "MA2H0XJ7");

        assertThat(rejectionOf(code)).isEqualTo(AUTHORITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"14", "1A", "54", "94", "99", "Y2", "Y9"})
    void category_not_issued_by_the_authority_is_rejected(String authorityAndCategory) {
        String code = withCheckCharacters(authorityAndCategory + "330106" + "MA2H0XJ7");

        assertThat(rejectionOf(code)).isEqualTo(CATEGORY);
    }

    @Test
    void division_code_with_a_letter_is_rejected() {
        assertThat(rejectionOf(withCheckCharacters("9133010AMA2H0XJ7"))).isEqualTo(DIVISION);
    }

    @Test
    void organisation_code_with_a_wrong_check_digit_is_rejected_even_if_the_check_character_fits() {
        String valid = withCheckCharacters("91330106MA2H0XJ7");
        char wrongBodyDigit = valid.charAt(16) == '1' ? '2' : '1';
        String first17 = valid.substring(0, 16) + wrongBodyDigit;

        assertThat(rejectionOf(first17 + checkCharacter(first17))).isEqualTo(BODY_CHECKSUM);
    }

    @Test
    void division_code_is_positions_3_to_8() {
        assertThat(CreditCode.parse("91350100M000100Y43").divisionCode()).isEqualTo("350100");
        assertThat(CreditCode.parse(withCheckCharacters("91330106MA2H0XJ7")).divisionCode()).isEqualTo("330106");
    }

    @Test
    void rejection_names_the_offending_input() {
        Throwable thrown = catchThrowable(() -> CreditCode.parse("91110000600037341N"));

        assertThat(thrown).isInstanceOf(InvalidCreditCodeException.class).hasMessageContaining("91110000600037341N");
    }

    // --- helpers ---------------------------------------------------------------------------------

    /**
     * Completes positions 17 and 18 without reusing CreditCode's tables: the GB 32100 weights are
     * 3^i mod 31 and the GB 11714 weights, read right to left, are 2^i mod 11.
     */
    private static String withCheckCharacters(String first16) {
        String first17 = first16 + bodyCheckDigit(first16.substring(8, 16));
        return first17 + checkCharacter(first17);
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (char c : first17.toCharArray()) {
            sum += ALPHABET.indexOf(c) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt(Math.floorMod(-sum, 31));
    }

    private static char bodyCheckDigit(String body8) {
        int sum = 0;
        int weight = 2;
        for (int i = 7; i >= 0; i--) {
            char c = body8.charAt(i);
            sum += (c <= '9' ? c - '0' : c - 'A' + 10) * weight;
            weight = weight * 2 % 11;
        }
        int check = Math.floorMod(-sum, 11);
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static String replaceAt(String s, int index, char c) {
        return s.substring(0, index) + c + s.substring(index + 1);
    }

    private static InvalidCreditCodeException.Reason rejectionOf(String raw) {
        return rejectionOf(() -> CreditCode.parse(raw));
    }

    private static InvalidCreditCodeException.Reason rejectionOf(ThrowingCallable parsing) {
        Throwable thrown = catchThrowable(parsing);
        assertThat(thrown).isInstanceOf(InvalidCreditCodeException.class);
        return ((InvalidCreditCodeException) thrown).reason();
    }
}
