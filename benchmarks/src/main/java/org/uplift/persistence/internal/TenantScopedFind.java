package org.uplift.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.bson.Document;
import org.springframework.util.FileSystemUtils;
import org.uplift.persistence.EmbeddedMongoProperties;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import de.bwaldvogel.mongo.MongoServer;

/**
 * What a tenant-scoped read costs on the embedded MongoDB as the number of documents and tenants grows (issue 10,
 * part 2). Starts the server exactly as the application does ({@link EmbeddedMongoConfiguration}, in memory with
 * {@code mem:} or on the durable H2 file), fills one collection shaped like {@code assessments} (about 1 KB per
 * document, {@code tenantId} spread evenly, the platform's {@code {tenantId: 1, status: 1, startedAt: -1}} index),
 * and measures through the driver
 * <ul>
 * <li>{@code tenant}: {@code find({tenantId})}, the shape of a tenant's list page;</li>
 * <li>{@code tenant+status sorted}: {@code find({tenantId, status}).sort({startedAt: -1}).limit(20)};</li>
 * <li>{@code tenant $in}: {@code find({tenantId: {$in: [two tenants]}})}.</li>
 * </ul>
 * For the file it also measures reopening the filled file (server start, first query answered).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.uplift.persistence.internal.TenantScopedFind
 * [documents,...] [tenants,...] [memory,file]} (defaults {@code 10000,100000}, {@code 1000,10000},
 * {@code memory,file}). Each case measures at most 200 queries or 15 s, after 20 warm-up queries (or 5 s).
 * In {@code org.uplift.persistence.internal} for the package-private configuration.
 */
public final class TenantScopedFind {

    private static final String PAYLOAD = "x".repeat(800);
    private static final String[] STATUSES = {"DRAFT", "SUBMITTED", "PUBLISHED"};
    private static final long MAX_NANOS = 15_000_000_000L;

    private final Random random = new Random(2026);

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = ints(args.length > 0 ? args[0] : "10000,100000");
        List<Integer> tenantCounts = ints(args.length > 1 ? args[1] : "1000,10000");
        List<String> stores = List.of((args.length > 2 ? args[2] : "memory,file").split(","));
        System.out.printf("%-7s %8s %8s  %-22s %10s %10s %10s %8s%n", "store", "docs", "tenants", "query",
                "p50 ms", "p95 ms", "mean ms", "queries");
        TenantScopedFind benchmark = new TenantScopedFind();
        for (String store : stores) {
            for (int size : sizes) {
                for (int tenants : tenantCounts) {
                    benchmark.run(store, size, tenants);
                }
            }
        }
    }

    private void run(String store, int size, int tenants) throws Exception {
        Path dir = Files.createTempDirectory("tenant-scoped-find");
        try {
            String file = "file".equals(store) ? dir.resolve("mongo.mv").toString() : "mem:";
            long fillStart = System.nanoTime();
            MongoServer server = start(file);
            try (MongoClient client = connect(server)) {
                MongoCollection<Document> assessments = collection(client);
                assessments.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId", "status"),
                        Indexes.descending("startedAt")), new IndexOptions().name("tenant_status_started"));
                fill(assessments, size, tenants);
                System.out.printf(Locale.ROOT, "%-7s %8d %8d  %-22s %10.0f s%n", store, size, tenants, "(fill)",
                        (System.nanoTime() - fillStart) / 1e9);
                measureQueries(store, size, tenants, assessments);
            } finally {
                server.shutdown();
            }
            if ("file".equals(store)) {
                measureReopen(file, size, tenants);
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private void measureQueries(String store, int size, int tenants, MongoCollection<Document> assessments) {
        measure(store, size, tenants, "tenant", () -> drain(assessments.find(Filters.eq("tenantId", tenant(tenants)))));
        measure(store, size, tenants, "tenant+status sorted", () -> drain(assessments
                .find(Filters.and(Filters.eq("tenantId", tenant(tenants)), Filters.eq("status", "PUBLISHED")))
                .sort(Sorts.descending("startedAt")).limit(20)));
        measure(store, size, tenants, "tenant $in", () -> drain(assessments
                .find(Filters.in("tenantId", tenant(tenants), tenant(tenants)))));
    }

    private void measureReopen(String file, int size, int tenants) {
        long start = System.nanoTime();
        MongoServer server = start(file);
        try (MongoClient client = connect(server)) {
            drain(collection(client).find(Filters.eq("tenantId", tenant(tenants))));
            System.out.printf(Locale.ROOT, "%-7s %8d %8d  %-22s %10.0f ms%n", "file", size, tenants,
                    "(reopen, first query)", (System.nanoTime() - start) / 1e6);
        } finally {
            server.shutdown();
        }
    }

    private static MongoServer start(String file) {
        return new EmbeddedMongoConfiguration().embeddedMongoServer(new EmbeddedMongoProperties(file, "bench"));
    }

    private static MongoClient connect(MongoServer server) {
        var address = server.getLocalAddress();
        return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("bench").getCollection("assessments");
    }

    private void fill(MongoCollection<Document> assessments, int size, int tenants) {
        List<Document> batch = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = 0; i < size; i++) {
            batch.add(new Document("_id", "a-" + i)
                    .append("tenantId", "t-" + (i % tenants))
                    .append("status", STATUSES[(i / tenants) % STATUSES.length])
                    .append("startedAt", new Date(now - i * 1000L))
                    .append("frameworkId", "miit-2024")
                    .append("payload", PAYLOAD));
            if (batch.size() == 1000) {
                assessments.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            assessments.insertMany(batch);
        }
    }

    private String tenant(int tenants) {
        return "t-" + random.nextInt(tenants);
    }

    private static int drain(Iterable<Document> documents) {
        int n = 0;
        for (Document ignored : documents) {
            n++;
        }
        return n;
    }

    private static void measure(String store, int size, int tenants, String query, Runnable call) {
        long warmUpEnd = System.nanoTime() + MAX_NANOS / 3;
        for (int i = 0; i < 20 && System.nanoTime() < warmUpEnd; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        long deadline = System.nanoTime() + MAX_NANOS;
        while (millis.size() < 200 && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-7s %8d %8d  %-22s %10.2f %10.2f %10.2f %8d%n", store, size, tenants, query,
                percentile(sorted, 0.50), percentile(sorted, 0.95), Arrays.stream(sorted).average().orElse(0),
                sorted.length);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(Integer::parseInt).toList();
    }
}
