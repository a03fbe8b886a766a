package org.uplift.persistence.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Everything the platform (not a test's own set-up or assertion: {@link IssuedBy}) asked of MongoDB in this JVM (one per test module under surefire): the query shapes
 * and the indexes it created in code. Static because several Spring contexts (each with its own client) may
 * live in one test JVM, and the check runs after each test class over all of them.
 */
final class CapturedCommands implements CommandListener {

    static final CapturedCommands INSTANCE = new CapturedCommands();
    private static final Set<String> SERVER_DATABASES = Set.of("admin", "config", "local");

    private final Set<QueryShape> shapes = new LinkedHashSet<>();
    private final Set<DeclaredIndex> createdIndexes = new LinkedHashSet<>();

    private CapturedCommands() {
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (SERVER_DATABASES.contains(event.getDatabaseName()) || IssuedBy.test()) {
            return;
        }
        BsonDocument command = event.getCommand();
        if (event.getCommandName().equals("createIndexes")) {
            recordIndexes(command);
            return;
        }
        List<QueryShape> found = CommandShapes.of(command);
        synchronized (this) {
            found.stream().filter(shape -> !shape.collection().startsWith("system.")).forEach(shapes::add);
        }
    }

    private void recordIndexes(BsonDocument command) {
        String collection = command.getString("createIndexes").getValue();
        for (BsonValue index : command.getArray("indexes")) {
            BsonDocument spec = index.asDocument();
            Document keys = Document.parse(spec.getDocument("key").toJson());
            boolean unique = spec.getBoolean("unique", org.bson.BsonBoolean.FALSE).getValue();
            synchronized (this) {
                createdIndexes.add(DeclaredIndex.of(collection, keys, unique));
            }
        }
    }

    synchronized List<QueryShape> shapes() {
        return new ArrayList<>(shapes);
    }

    synchronized List<DeclaredIndex> createdIndexes() {
        return new ArrayList<>(createdIndexes);
    }
}
