package org.uplift.benchmarks.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.uplift.persistence.internal.PlatformMongoServer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoServer;

/** {@code --mongo-uri}: the city lands in the MongoDB the URI names, as a user of that database would find it. */
class CityGeneratorByUriTest {

    private static final String DATABASE = "city";
    private static final int SMES = 120;
    private static final int PROVIDERS = 3;

    @TempDir
    static Path dataDir;

    private static MongoServer server;
    private static MongoClient client;
    private static Map<String, Long> written;

    @BeforeAll
    static void generateByUri() {
        server = PlatformMongoServer.inMemory();
        client = MongoClients.create(PlatformMongoServer.uri(server, DATABASE));
        written = CityGenerator.run(CitySettings.parse(new String[] {"--smes=" + SMES, "--providers=" + PROVIDERS,
                "--packages-per-provider=2", "--seed=7", "--batch=50", "--data-dir=" + dataDir,
                "--mongo-uri=" + PlatformMongoServer.uri(server, DATABASE)}));
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.shutdown();
        }
    }

    private static String hex(Object id) {
        return id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
    }

    private static MongoDatabase database() {
        return client.getDatabase(DATABASE);
    }

    @Test
    void theDatabaseOfTheUriHoldsEveryDocumentTheGeneratorCounted() {
        written.forEach((collection, count) ->
                assertThat(database().getCollection(collection).countDocuments()).as(collection).isEqualTo(count));
        assertThat(database().getCollection("organisations").countDocuments(Filters.eq("kind", "ENTERPRISE")))
                .isEqualTo(SMES);
        assertThat(database().getCollection("organisations").countDocuments(Filters.eq("kind", "PROVIDER")))
                .isEqualTo(PROVIDERS);
        assertThat(database().getCollection("organisations").countDocuments(Filters.eq("kind", "AUTHORITY")))
                .isEqualTo(1);
        assertThat(database().getCollection("company_profiles").countDocuments()).isEqualTo(SMES);
        assertThat(database().getCollection("assessments").countDocuments()).isBetween((long) SMES, 3L * SMES);
        assertThat(database().getCollection("benchmark_contributions").countDocuments()).isEqualTo(SMES);
    }

    @Test
    void theAuthorityOpenedItsProgrammesWithTheirWholeBudgetAvailable() {
        String authority = database().getCollection("organisations").find(Filters.eq("kind", "AUTHORITY")).first()
                .getString("_id");
        assertThat(database().getCollection("programmes").countDocuments(Filters.and(Filters.eq("tenantId", authority),
                Filters.eq("status", "OPEN")))).isEqualTo(2);
        assertThat(database().getCollection("published_programmes").countDocuments(Filters.eq("status", "OPEN")))
                .isEqualTo(2);
        List<Document> budgets = database().getCollection("programme_budgets").find().into(new java.util.ArrayList<>());
        assertThat(budgets).hasSize(2).allSatisfy(budget -> {
            assertThat(budget.getString("authorityTenantId")).isEqualTo(authority);
            assertThat(budget.getLong("availableFen")).isEqualTo(budget.getLong("totalFen")).isPositive();
            assertThat(budget.getLong("reservedFen")).isZero();
            assertThat(budget.getLong("paidFen")).isZero();
        });
        assertThat(database().getCollection("budget_movements").countDocuments()).isZero();
    }

    @Test
    void closedApplicationsHaveTheSmesCopyAndTheAuthoritysCaseOfOneOfItsEngagements() {
        List<Document> copies = database().getCollection("subsidy_applications").find().into(new java.util.ArrayList<>());
        assertThat(copies).isNotEmpty();
        for (Document copy : copies) {
            assertThat(copy.getString("status")).isEqualTo("REJECTED");
            assertThat(copy.getString("tenantId")).isEqualTo(copy.getString("smeTenantId"));
            assertThat(database().getCollection("engagements").countDocuments(Filters.and(
                    Filters.eq("tenantId", copy.getString("smeTenantId")),
                    Filters.eq("engagementId", copy.getString("engagementId"))))).isEqualTo(1);
            Document kase = database().getCollection("application_cases")
                    .find(Filters.eq("applicationId", copy.getString("applicationId"))).first();
            assertThat(kase).isNotNull();
            assertThat(kase.getString("tenantId")).isEqualTo(copy.getString("authorityTenantId"));
            assertThat(kase.getString("status")).isEqualTo("REJECTED");
        }
        assertThat(database().getCollection("application_cases").countDocuments()).isEqualTo(copies.size());
    }

    @Test
    void nothingWentToTheEmbeddedStoreOfTheDataDirectory() {
        assertThat(dataDir.resolve("mongo.mv")).doesNotExist();
    }

    @Test
    void everyDocumentOfAnSmeCarriesItsTenantId() {
        Set<String> smes = new HashSet<>();
        database().getCollection("organisations").find(Filters.eq("kind", "ENTERPRISE"))
                .forEach(o -> smes.add(o.getString("_id")));
        assertThat(smes).hasSize(SMES);
        for (String collection : List.of("users", "memberships", "company_profiles", "assessments", "notifications",
                "api_clients", "benchmark_contributions")) {
            assertThat(database().getCollection(collection).countDocuments(Filters.exists("tenantId", false)))
                    .as(collection + " without tenantId").isZero();
            Set<String> owners = new HashSet<>();
            database().getCollection(collection).distinct("tenantId", String.class).forEach(owners::add);
            assertThat(owners).as(collection).containsAll(smes);
        }
    }

    @Test
    void anOwnerIsFoundByEmailInHisSmeAndSignsInWithTheGeneratedPassword() {
        Document owner = database().getCollection("users").find(Filters.eq("username", "owner.17@city.bench")).first();
        assertThat(owner).isNotNull();
        Document sme = database().getCollection("organisations").find(Filters.eq("_id", owner.getString("tenantId")))
                .first();
        assertThat(sme).isNotNull();
        assertThat(sme.getString("kind")).isEqualTo("ENTERPRISE");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches(CityGenerator.PASSWORD, owner.getString("passwordHash"))).isTrue();
        Document membership = database().getCollection("memberships")
                .find(Filters.eq("userId", hex(owner.get("_id")))).first();
        assertThat(membership).isNotNull();
        assertThat(membership.getString("tenantId")).isEqualTo(sme.getString("_id"));
    }
}
