package org.uplift.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.uplift.UpliftApplication;
import org.uplift.identity.SystemWork;
import org.uplift.subsidy.ledger.BudgetExhaustedException;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.tenancy.TenantContext;

/**
 * Load driver: approvals (budget reservations) per second against ONE programme budget under contention, through
 * {@link BudgetLedger} in the running application (MongoDB in memory, no demo data). For each thread count, a
 * fresh budget covering exactly half of the attempts; every thread reserves with its own idempotency keys until
 * the attempts are used up. Prints reservations/s (successful and refused) and checks the budget balances.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.uplift.benchmarks.BudgetContention [attempts] [threads,...]}
 * (defaults: 2000 attempts with 1, 2, 4 and 8 threads, after one unmeasured warm-up round).
 */
public final class BudgetContention {

    private static final long AMOUNT = 40_000_000L;

    private BudgetContention() {
    }

    public static void main(String[] args) throws Exception {
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int[] threads = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2, 4, 8};
        Path dataDir = Files.createTempDirectory("uplift-budget-bench");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(UpliftApplication.class).run(
                "--server.port=0", "--uplift.data-dir=" + dataDir, "--uplift.mongo.embedded.file=mem:",
                "--uplift.demo.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        try {
            BudgetLedger ledger = app.getBean(BudgetLedger.class);
            round(ledger, Math.min(attempts, 500), 2, false);
            for (int n : threads) {
                round(ledger, attempts, n, true);
            }
        } finally {
            app.close();
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static void round(BudgetLedger ledger, int attempts, int threads, boolean print) throws Exception {
        String authority = "bench-authority-" + UUID.randomUUID();
        String programme = "bench-" + UUID.randomUUID();
        TenantContext.runAs(authority, () -> SystemWork.run("benchmark: a budget",
                () -> ledger.open(programme, authority, AMOUNT * (attempts / 2))));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger reserved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> TenantContext.runAs(authority, () -> SystemWork.run("benchmark: approvals",
                    () -> {
                        for (int i = next.getAndIncrement(); i < attempts; i = next.getAndIncrement()) {
                            try {
                                ledger.reserve(programme, AMOUNT, "approval-" + i, "benchmark");
                                reserved.incrementAndGet();
                            } catch (BudgetExhaustedException exhausted) {
                                refused.incrementAndGet();
                            }
                        }
                    }))));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        var budget = TenantContext.callAs(authority, () -> SystemWork.call("benchmark: check",
                () -> ledger.figures(programme).orElseThrow()));
        boolean balanced = budget.getReservedFen() == AMOUNT * reserved.get() && budget.getAvailableFen() == 0
                && reserved.get() == attempts / 2;
        if (print) {
            System.out.printf("%d threads: %d attempts in %.2f s = %.0f movements/s (%d reserved, %d refused), balanced %s%n",
                    threads, attempts, seconds, attempts / seconds, reserved.get(), refused.get(), balanced);
        }
    }
}
