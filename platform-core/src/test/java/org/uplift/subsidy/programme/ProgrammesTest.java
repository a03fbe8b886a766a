package org.uplift.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.uplift.subsidy.TestProgrammes.asManager;
import static org.uplift.subsidy.TestProgrammes.asReviewer;
import static org.uplift.subsidy.TestProgrammes.newId;
import static org.uplift.subsidy.TestProgrammes.pilot;
import static org.uplift.subsidy.TestProgrammes.withRate;

import java.math.BigDecimal;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.tenancy.TwoTenants;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
class ProgrammesTest {

    @Autowired
    Programmes programmes;
    @Autowired
    BudgetLedger ledger;
    @Autowired
    AuditTrail audit;

    final TwoTenants authorities = new TwoTenants();

    static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::messageKey).contains(tuple(field, key)));
    }

    @Test
    void a_manager_drafts_a_programme_that_nobody_else_sees_until_it_is_opened() {
        String id = newId();
        Programme draft = authorities.asA(() -> asManager(() -> programmes.create(id, pilot(2_000_000_000L))));

        assertThat(draft.getStatus()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(authorities.asB(() -> asReviewer(() -> programmes.published(id)))).isEmpty();
        assertThat(authorities.asB(() -> asReviewer(programmes::openProgrammes))).extracting(PublishedProgramme::getId)
                .doesNotContain(id);

        authorities.asA(() -> asManager(() -> programmes.open(id)));

        PublishedProgramme terms = authorities.asB(() -> asReviewer(() -> programmes.published(id))).orElseThrow();
        assertThat(terms.getAuthorityTenantId()).isEqualTo(authorities.a());
        assertThat(terms.getTerms().ratePercent()).isEqualByComparingTo("40");
        assertThat(authorities.asB(() -> asReviewer(programmes::openProgrammes))).extracting(PublishedProgramme::getId)
                .contains(id);
        assertThat(authorities.asA(() -> asReviewer(() -> ledger.figures(id))).orElseThrow().getAvailableFen())
                .isEqualTo(2_000_000_000L);
    }

    @Test
    void a_bad_rate_and_a_bad_id_are_each_named_and_nothing_is_saved() {
        assertRefused(() -> authorities.asA(() -> asManager(() -> programmes.create("Bad Id!",
                withRate(pilot(1_000), new BigDecimal("140"))))), "ratePercent", "subsidy.programme.rate.range");
        assertRefused(() -> authorities.asA(() -> asManager(() -> programmes.create("Bad Id!", pilot(1_000)))), "id",
                Programmes.ID_INVALID);
        assertRefused(() -> authorities.asA(() -> asManager(() -> programmes.create(newId(),
                withRate(pilot(1_000), new BigDecimal("12.345"))))), "ratePercent", "subsidy.programme.rate.range");
        assertThat(authorities.asA(() -> asManager(programmes::mine))).isEmpty();
    }

    @Test
    void only_a_programme_manager_creates_or_changes_programmes() {
        String id = newId();
        assertRefused(() -> authorities.asA(() -> asReviewer(() -> programmes.create(id, pilot(1_000)))), "programme",
                Programmes.MANAGERS_ONLY);
        authorities.asA(() -> asManager(() -> programmes.create(id, pilot(1_000))));
        assertRefused(() -> authorities.asA(() -> asReviewer(() -> programmes.open(id))), "programme",
                Programmes.MANAGERS_ONLY);
        assertThat(authorities.asA(() -> asReviewer(() -> programmes.mayManage()))).isFalse();
    }

    @Test
    void an_id_is_taken_once_across_authorities() {
        String id = newId();
        authorities.asA(() -> asManager(() -> programmes.create(id, pilot(1_000))));
        assertRefused(() -> authorities.asB(() -> asManager(() -> programmes.create(id, pilot(1_000)))), "id",
                Programmes.ID_TAKEN);
    }

    @Test
    void editing_an_open_programme_republishes_its_terms_and_resizes_its_budget_and_is_audited() {
        String id = newId();
        authorities.asA(() -> asManager(() -> programmes.open(programmes.create(id, pilot(1_000_000)).getId())));

        authorities.asA(() -> asManager(() -> programmes.edit(id, withRate(pilot(3_000_000), new BigDecimal("35.5")))));

        assertThat(authorities.asB(() -> asReviewer(() -> programmes.published(id))).orElseThrow().getTerms()
                .ratePercent()).isEqualByComparingTo("35.5");
        assertThat(authorities.asA(() -> asReviewer(() -> ledger.figures(id))).orElseThrow().getTotalFen())
                .isEqualTo(3_000_000);
        assertThat(authorities.asA(() -> asReviewer(() -> audit.records("programme:" + id))))
                .extracting(r -> r.getAction())
                .containsExactly("PROGRAMME_CREATED", "PROGRAMME_OPEN", "PROGRAMME_EDITED");
        assertThat(authorities.asA(() -> asReviewer(() -> audit.verify("programme:" + id))).intact()).isTrue();
    }

    @Test
    void the_budget_cannot_shrink_below_what_is_committed() {
        String id = newId();
        authorities.asA(() -> asManager(() -> programmes.open(programmes.create(id, pilot(1_000_000)).getId())));
        authorities.asA(() -> asManager(() -> ledger.reserve(id, 800_000, "app-1", "application 1")));

        assertRefused(() -> authorities.asA(() -> asManager(() -> programmes.edit(id, pilot(500_000)))), "budgetFen",
                BudgetLedger.BELOW_COMMITTED);
        assertThat(authorities.asA(() -> asManager(() -> programmes.find(id))).orElseThrow().getTerms().budgetFen())
                .isEqualTo(1_000_000);
        assertThat(List.of(authorities.asA(() -> asManager(() -> ledger.figures(id))).orElseThrow().getTotalFen()))
                .containsExactly(1_000_000L);
    }
}
