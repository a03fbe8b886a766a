package org.uplift.persistence.internal;

import org.uplift.persistence.EmbeddedMongoProperties;

import de.bwaldvogel.mongo.MongoServer;

/** A MongoDB wire server on the platform's own in-memory backend, as a stand-in for a MongoDB reached by URI. */
public final class PlatformMongoServer {

    private PlatformMongoServer() {
    }

    /** Listening on 127.0.0.1 on a free port; the caller shuts it down. */
    public static MongoServer inMemory() {
        return new EmbeddedMongoConfiguration().embeddedMongoServer(new EmbeddedMongoProperties("mem:", "unused"));
    }

    public static String uri(MongoServer server, String database) {
        var address = server.getLocalAddress();
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }
}
