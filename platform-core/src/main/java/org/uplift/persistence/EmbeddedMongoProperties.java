package org.uplift.persistence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MongoDB, started when {@code spring.data.mongodb.uri} is not set.
 *
 * @param file     the H2 MVStore file; {@code mem:} keeps data in memory only (tests)
 * @param database the database name the application uses
 */
@ConfigurationProperties("uplift.mongo.embedded")
public record EmbeddedMongoProperties(
        @DefaultValue("./data/mongo.mv") String file,
        @DefaultValue("uplift") String database) {

    public boolean inMemory() {
        return file.startsWith("mem:");
    }

    public Path path() {
        return Path.of(file).toAbsolutePath().normalize();
    }
}
