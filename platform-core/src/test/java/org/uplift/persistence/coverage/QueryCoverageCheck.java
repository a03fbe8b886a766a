package org.uplift.persistence.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.uplift.tenancy.internal.TenantOwnedCollections;

/**
 * Fails the test class during which (or just before which: background work may finish late) the platform sent
 * MongoDB a query that no declared index covers (issue 10). Registered for every Spring test by this test-jar's
 * {@code spring.factories}; each shape is judged once per test JVM. All shapes seen so far, covered or not, are
 * written to {@code target/mongo-query-shapes.txt}.
 */
public class QueryCoverageCheck implements TestExecutionListener, Ordered {

    private static final String BASE_PACKAGE = "org.uplift";
    private static final Path REPORT = Path.of("target", "mongo-query-shapes.txt");
    private static final Set<QueryShape> JUDGED = ConcurrentHashMap.newKeySet();
    /** The same in every context of a test JVM (one class path), so read once. */
    private static volatile Declarations declarations;

    private record Declarations(List<DeclaredIndex> onDocuments, TenantOwnedCollections tenantOwned) {
    }

    /** Before the context is closed: listeners' after-class callbacks run in reverse order. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        MongoMappingContext mapping = context.getBeanProvider(MongoMappingContext.class).getIfAvailable();
        if (mapping == null) {
            return;
        }
        if (declarations == null) {
            declarations = new Declarations(DeclaredIndexes.onDocuments(BASE_PACKAGE, mapping),
                    TenantOwnedCollections.scan(BASE_PACKAGE, mapping));
        }
        Declarations declared = declarations;
        List<DeclaredIndex> indexes = new ArrayList<>(declared.onDocuments());
        indexes.addAll(CapturedCommands.INSTANCE.createdIndexes());
        IndexCoverage coverage = new IndexCoverage(indexes, declared.tenantOwned()::contains);

        List<QueryShape> seen = CapturedCommands.INSTANCE.shapes();
        report(coverage, seen);
        List<QueryShape> fresh = seen.stream().filter(JUDGED::add).toList();
        List<String> problems = coverage.uncovered(fresh);
        if (!problems.isEmpty()) {
            throw new AssertionError("MongoDB queries that no declared index covers (issue 10; see "
                    + "docs/architecture.md, 'Index coverage'), sent while " + testContext.getTestClass().getSimpleName()
                    + " ran or just before:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static void report(IndexCoverage coverage, List<QueryShape> shapes) {
        Set<String> lines = new HashSet<>();
        shapes.forEach(shape -> lines.add((coverage.covered(shape) ? "covered   " : "UNCOVERED ") + shape));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, lines.stream().sorted(java.util.Comparator.comparing(l -> l.substring(10)))
                    .collect(Collectors.joining("\n", "", "\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
