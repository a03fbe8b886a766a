package org.uplift.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uplift.persistence.EmbeddedMongoProperties;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;

/**
 * Starts the in-process MongoDB before the client: the client depends on the connection details,
 * which depend on the listening server. A configured URI switches all of this off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
@ConditionalOnExpression("'${spring.data.mongodb.uri:}'.isEmpty() and '${spring.data.mongodb.host:}'.isEmpty()")
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
        IndexedH2Backend backend;
        if (properties.inMemory()) {
            backend = IndexedH2Backend.memory();
        } else {
            createParentDirectory(properties);
            backend = new DurableH2Backend(new MVStore.Builder().fileName(properties.path().toString()).open());
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        log.info("Embedded MongoDB listening on {} (store: {})", server.getLocalAddress(),
                properties.inMemory() ? "memory" : properties.path());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, EmbeddedMongoProperties properties) {
        var address = server.getLocalAddress();
        var uri = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()
                + "/" + properties.database());
        return () -> uri;
    }

    private static void createParentDirectory(EmbeddedMongoProperties properties) {
        try {
            Files.createDirectories(properties.path().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded MongoDB data directory", e);
        }
    }
}
