package org.uplift.assessment.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

@SpringBootTest
class FrameworkCatalogTest {

    @Autowired
    FrameworkCatalog catalog;
    @Autowired
    MongoTemplate mongo;
    @TempDir
    Path dir;

    @AfterEach
    void forget_test_frameworks() {
        mongo.remove(Query.query(Criteria.where("frameworkId").regex("^test-")), StoredFramework.class);
        catalog.load(catalog.frameworkFiles());
    }

    @Test
    void both_shipped_frameworks_are_loaded_at_start_and_stored_once() {
        assertThat(catalog.frameworkFiles()).extracting(FrameworkReader::describe)
                .containsExactly("eu-dma-2024.yaml", "miit-2024.yaml");
        assertThat(catalog.latest("miit-2024")).get().extracting(Framework::version).isEqualTo("2024");
        assertThat(catalog.find("eu-dma", "2024")).get().extracting(Framework::scoring)
                .isEqualTo(ScoringMethod.MEAN_OF_DIMENSIONS);
        assertThat(catalog.find("miit-2024", "2023")).isEmpty();
        assertThat(catalog.latest("unknown")).isEmpty();
        assertThat(catalog.all()).extracting(Framework::id).containsExactly("eu-dma", "miit-2024");

        StoredFramework stored = mongo.findById("miit-2024:2024", StoredFramework.class);
        assertThat(stored).isNotNull();
        assertThat(stored.getFrameworkId()).isEqualTo("miit-2024");
        assertThat(stored.getVersion()).isEqualTo("2024");
        assertThat(stored.getLoadedAt()).isNotNull();
        assertThat(stored.getFramework()).isEqualTo(MiitFrameworkTest.MIIT).isEqualTo(catalog.latest("miit-2024").get());
        assertThat(mongo.findById("eu-dma:2024", StoredFramework.class).getFramework()).isEqualTo(EuDmaFrameworkTest.DMA);
    }

    @Test
    void loading_again_neither_duplicates_nor_overwrites_a_stored_version() throws IOException {
        StoredFramework before = mongo.findById("miit-2024:2024", StoredFramework.class);
        catalog.load(catalog.frameworkFiles());
        catalog.load(List.of(copyOf("frameworks/miit-2024.yaml", "Evaluation Indicators", "CHANGED")));

        assertThat(mongo.count(Query.query(Criteria.where("frameworkId").is("miit-2024")), StoredFramework.class))
                .isEqualTo(1);
        StoredFramework after = mongo.findById("miit-2024:2024", StoredFramework.class);
        assertThat(after.getLoadedAt()).isEqualTo(before.getLoadedAt());
        assertThat(after.getFramework().nameEn()).doesNotContain("CHANGED");
        assertThat(catalog.find("miit-2024", "2024").get().nameEn()).doesNotContain("CHANGED");
    }

    @Test
    void a_new_version_becomes_the_latest_and_the_pinned_one_stays_readable() throws IOException {
        catalog.load(List.of(copyOf("frameworks/eu-dma-2024.yaml", "id: eu-dma\nversion: \"2024\"",
                "id: test-versions\nversion: \"2024.9\"")));
        catalog.load(List.of(copyOf("frameworks/eu-dma-2024.yaml", "id: eu-dma\nversion: \"2024\"",
                "id: test-versions\nversion: \"2024.10\"")));

        assertThat(catalog.latest("test-versions")).get().extracting(Framework::version).isEqualTo("2024.10");
        assertThat(catalog.find("test-versions", "2024.9")).isPresent();
        assertThat(catalog.find("miit-2024", "2024")).isPresent();
    }

    @Test
    void an_inconsistent_framework_is_refused_naming_each_problem() {
        Resource file = new ClassPathResource("frameworks-invalid/inconsistent.yaml");

        assertThatThrownBy(() -> FrameworkReader.read(file))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "duplicate question key Q1",
                                "question Q1: maxPoints 5 but its options reach 4",
                                "question Q2 band B: bandAbove 20 does not continue the previous band, which ends at 10",
                                "dimension D1: maxPoints 12 is not the sum of its questions' maxima 11",
                                "framework: SUM_OF_POINTS dimension maxima add up to 16, not 100",
                                "scenario SC01: levels [1, 2, 4] instead of [1, 2, 3, 4]"))
                .hasMessageStartingWith("Framework inconsistent.yaml is inconsistent:");
        assertThatThrownBy(() -> catalog.load(List.of(new ClassPathResource("frameworks/miit-2024.yaml"), file)))
                .isInstanceOf(InvalidFrameworkException.class);
        assertThat(mongo.exists(Query.query(Criteria.where("frameworkId").is("test-inconsistent")),
                StoredFramework.class)).isFalse();
        assertThat(catalog.all()).extracting(Framework::id).containsExactly("eu-dma", "miit-2024");
    }

    @Test
    void a_misspelt_field_or_a_version_shipped_twice_is_refused() {
        assertThatThrownBy(() -> FrameworkReader.read(new ClassPathResource("frameworks-invalid/misspelt.yaml")))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContainingAll("misspelt.yaml", "maxPoint");
        Resource miit = new ClassPathResource("frameworks/miit-2024.yaml");
        assertThatThrownBy(() -> catalog.load(List.of(miit, new FileSystemResource(copyOf(miit, "copy.yaml")))))
                .isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("framework miit-2024:2024 is also defined in miit-2024.yaml");
    }

    Resource copyOf(String classpathFile, String replace, String by) throws IOException {
        String text = new ClassPathResource(classpathFile).getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains(replace);
        Path copy = dir.resolve("changed-" + Math.abs(by.hashCode()) + ".yaml");
        Files.writeString(copy, text.replace(replace, by));
        return new FileSystemResource(copy);
    }

    Path copyOf(Resource resource, String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.writeString(copy, resource.getContentAsString(StandardCharsets.UTF_8));
        return copy;
    }
}
