package org.uplift.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.uplift.marketplace.solution.PackageRules;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

class YuanTest {

    static long fen(String typed) {
        Violations violations = new Violations();
        long fen = Yuan.toFen(typed, "priceFen", violations);
        violations.throwIfAny();
        return fen;
    }

    static void assertRefused(String typed, String key) {
        assertThatThrownBy(() -> fen(typed)).isInstanceOfSatisfying(InputRejectedException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::messageKey)
                        .containsExactly(org.assertj.core.api.Assertions.tuple("priceFen", key)));
    }

    @Test
    void yuan_with_up_to_two_decimals_become_fen() {
        assertThat(fen("58000")).isEqualTo(5_800_000);
        assertThat(fen(" 1,280.5 ")).isEqualTo(128_050);
        assertThat(fen("¥0.01")).isEqualTo(1);
        assertThat(fen("12.30")).isEqualTo(1_230);
        assertThat(fen("12.300")).as("trailing zeros are no third decimal").isEqualTo(1_230);
        assertThat(fen("-5")).as("negative parses; the package rules refuse it").isEqualTo(-500);
    }

    @Test
    void anything_else_is_refused_on_its_field() {
        assertRefused("五万八", Yuan.NOT_A_NUMBER);
        assertRefused("1e5", Yuan.NOT_A_NUMBER);
        assertRefused("12.345", Yuan.TOO_MANY_DECIMALS);
        assertRefused("", PackageRules.REQUIRED);
        assertRefused("9".repeat(13), Yuan.NOT_A_NUMBER);
    }

    @Test
    void fen_are_shown_as_yuan_with_two_decimals() {
        assertThat(Yuan.format(5_800_050)).isEqualTo("58000.50");
    }
}
