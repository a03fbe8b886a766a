package org.uplift.subsidy.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uplift.subsidy.TestProgrammes.asManager;
import static org.uplift.subsidy.TestProgrammes.newId;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.uplift.identity.SystemWork;
import org.uplift.subsidy.TestProgrammes;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
class BudgetLedgerTest {

    static final long APPROVAL = 400_000;

    @Autowired
    BudgetLedger ledger;
    @Autowired
    MongoTemplate mongo;

    final String authority = "authority-" + UUID.randomUUID();

    String openBudget(long totalFen) {
        String id = newId();
        TenantContext.runAs(authority, () -> asManager(() -> {
            ledger.open(id, authority, totalFen);
            return null;
        }));
        return id;
    }

    <T> T asProcess(Callable<T> work) {
        return TenantContext.callAs("sme-" + UUID.randomUUID(), () -> SystemWork.call("test: approval", () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @Test
    void two_hundred_concurrent_approvals_against_a_budget_for_one_hundred_reserve_exactly_one_hundred() throws Exception {
        String programme = openBudget(100 * APPROVAL);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String key = "application-" + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                return asProcess(() -> {
                    try {
                        ledger.reserve(programme, APPROVAL, key, key);
                        return true;
                    } catch (BudgetExhaustedException exhausted) {
                        assertThat(exhausted.violations()).extracting(Violation::messageKey)
                                .containsExactly(BudgetExhaustedException.KEY);
                        return false;
                    }
                });
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> outcome : outcomes) {
            succeeded += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(100);
        Budget budget = asProcess(() -> ledger.figures(programme)).orElseThrow();
        assertThat(budget.getAvailableFen()).isZero();
        assertThat(budget.getReservedFen()).isEqualTo(100 * APPROVAL);
        assertThat(budget.getPending()).isEmpty();
        List<BudgetMovement> movements = asProcess(() -> ledger.movements(programme));
        assertThat(movements).hasSize(200);
        assertThat(movements.stream().filter(m -> m.getState() == BudgetMovement.State.APPLIED)
                .mapToLong(BudgetMovement::getAmountFen).sum()).isEqualTo(budget.getReservedFen());
        assertThat(movements).filteredOn(m -> m.getState() == BudgetMovement.State.REFUSED).hasSize(100);
    }

    @Test
    void a_retry_with_the_same_key_moves_money_once() {
        String programme = openBudget(1_000_000);
        asProcess(() -> ledger.reserve(programme, 300_000, "app-1", "a"));
        BudgetMovement again = asProcess(() -> ledger.reserve(programme, 300_000, "app-1", "a"));

        assertThat(again.getState()).isEqualTo(BudgetMovement.State.APPLIED);
        assertThat(asProcess(() -> ledger.figures(programme)).orElseThrow().getAvailableFen()).isEqualTo(700_000);
        assertThatThrownBy(() -> asProcess(() -> ledger.reserve(programme, 1, "app-1", "a")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly(BudgetLedger.KEY_REUSED));
    }

    @Test
    void a_retry_after_a_crash_between_applying_and_marking_finishes_without_moving_money_twice() {
        String programme = openBudget(1_000_000);
        asProcess(() -> ledger.reserve(programme, 300_000, "app-1", "a"));
        // as if the first attempt had stopped right after its conditional update
        mongo.updateFirst(Query.query(Criteria.where("_id").is(programme + "/app-1")),
                new Update().set("state", BudgetMovement.State.PENDING), BudgetMovement.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(programme)),
                new Update().push("pending", programme + "/app-1"), Budget.class);

        BudgetMovement retried = asProcess(() -> ledger.reserve(programme, 300_000, "app-1", "a"));

        assertThat(retried.getState()).isEqualTo(BudgetMovement.State.APPLIED);
        Budget budget = asProcess(() -> ledger.figures(programme)).orElseThrow();
        assertThat(budget.getAvailableFen()).isEqualTo(700_000);
        assertThat(budget.getPending()).isEmpty();
    }

    @Test
    void release_and_pay_move_reserved_money_and_the_totals_always_balance() {
        String programme = openBudget(1_000_000);
        asProcess(() -> ledger.reserve(programme, 600_000, "r1", "a"));
        asProcess(() -> ledger.release(programme, 100_000, "l1", "a"));
        asProcess(() -> ledger.pay(programme, 500_000, "p1", "a"));

        Budget budget = asProcess(() -> ledger.figures(programme)).orElseThrow();
        assertThat(budget.getAvailableFen()).isEqualTo(500_000);
        assertThat(budget.getReservedFen()).isZero();
        assertThat(budget.getPaidFen()).isEqualTo(500_000);
        assertThat(budget.getAvailableFen() + budget.getReservedFen() + budget.getPaidFen()).isEqualTo(budget.getTotalFen());
        assertThatThrownBy(() -> asProcess(() -> ledger.pay(programme, 1, "p2", "a")))
                .isInstanceOf(BudgetExhaustedException.class);
        assertThatThrownBy(() -> asProcess(() -> ledger.reserve(programme, 0, "r0", "a")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly(BudgetLedger.AMOUNT_POSITIVE));
    }

    @Test
    void another_authority_neither_reads_nor_moves_the_budget() {
        String programme = openBudget(1_000_000);
        TenantContext.runAs("other-authority", () -> {
            assertThat(TestProgrammes.asManager(() -> ledger.figures(programme))).isEmpty();
            assertThatThrownBy(() -> TestProgrammes.asManager(() -> ledger.reserve(programme, 1, "x", "x")))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                            .extracting(Violation::messageKey).containsExactly(BudgetLedger.NOT_PERMITTED));
        });
    }

    @Test
    void fifty_threads_paying_the_same_claim_record_one_movement_and_pay_it_once() throws Exception {
        String programme = openBudget(10 * APPROVAL);
        asProcess(() -> ledger.reserve(programme, APPROVAL, "application:a", "a"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BudgetMovement>> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return asProcess(() -> ledger.pay(programme, APPROVAL, "claim:a", "a"));
            }));
        }
        start.countDown();
        for (Future<BudgetMovement> outcome : outcomes) {
            assertThat(outcome.get().getState()).isEqualTo(BudgetMovement.State.APPLIED);
        }
        pool.shutdown();

        Budget budget = asProcess(() -> ledger.figures(programme)).orElseThrow();
        assertThat(budget.getPaidFen()).isEqualTo(APPROVAL);
        assertThat(budget.getReservedFen()).isZero();
        assertThat(budget.getPending()).isEmpty();
        assertThat(asProcess(() -> ledger.movements(programme))).extracting(BudgetMovement::getKind)
                .containsExactly(MovementKind.RESERVE, MovementKind.PAY);
    }

    @Test
    void a_clawback_returns_paid_money_to_the_available_budget_once_and_never_more_than_was_paid() throws Exception {
        String programme = openBudget(10 * APPROVAL);
        asProcess(() -> ledger.reserve(programme, APPROVAL, "application:a", "a"));
        asProcess(() -> ledger.pay(programme, APPROVAL, "claim:a", "a"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BudgetMovement>> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return TenantContext.callAs(authority,
                        () -> asManager(() -> ledger.clawBack(programme, APPROVAL, "claim:a:clawback", "a")));
            }));
        }
        start.countDown();
        for (Future<BudgetMovement> outcome : outcomes) {
            assertThat(outcome.get().getState()).isEqualTo(BudgetMovement.State.APPLIED);
        }
        pool.shutdown();
        assertThatThrownBy(() -> asProcess(() -> ledger.clawBack(programme, 1, "claim:b:clawback", "b")))
                .isInstanceOf(BudgetExhaustedException.class);

        Budget budget = asProcess(() -> ledger.figures(programme)).orElseThrow();
        assertThat(budget.getPaidFen()).isZero();
        assertThat(budget.getAvailableFen()).isEqualTo(budget.getTotalFen());
        assertThat(budget.getAvailableFen() + budget.getReservedFen() + budget.getPaidFen())
                .isEqualTo(10 * APPROVAL);
        assertThat(asProcess(() -> ledger.movements(programme))).extracting(BudgetMovement::getKind,
                BudgetMovement::getState).containsExactly(
                        org.assertj.core.api.Assertions.tuple(MovementKind.RESERVE, BudgetMovement.State.APPLIED),
                        org.assertj.core.api.Assertions.tuple(MovementKind.PAY, BudgetMovement.State.APPLIED),
                        org.assertj.core.api.Assertions.tuple(MovementKind.CLAWBACK, BudgetMovement.State.APPLIED),
                        org.assertj.core.api.Assertions.tuple(MovementKind.CLAWBACK, BudgetMovement.State.REFUSED));
    }
}
