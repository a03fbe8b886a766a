package org.uplift.assessment.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The assessment frameworks, by id and version. At start-up every {@code frameworks/*.yaml} on the
 * class path is read and validated (an inconsistent file stops the start), each version not yet in
 * the {@code frameworks} collection is stored there, and every stored version is then served from
 * memory. A stored version is never overwritten: assessments pin it. Versions no longer shipped as
 * files stay available from the store.
 */
@Service
public class FrameworkCatalog implements SmartInitializingSingleton {

    static final String LOCATION = "classpath*:frameworks/*.yaml";

    /** Numeric parts compare as numbers ("2024.10" after "2024.9"); ties fall back to the plain text. */
    static final Comparator<String> VERSION_ORDER = FrameworkCatalog::compareVersions;

    private static final Logger log = LoggerFactory.getLogger(FrameworkCatalog.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ResourcePatternResolver resources;
    private volatile Map<String, NavigableMap<String, Framework>> byId = Map.of();

    FrameworkCatalog(MongoTemplate mongo, Clock clock, ResourceLoader resourceLoader) {
        this.mongo = mongo;
        this.clock = clock;
        this.resources = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
    }

    @Override
    public void afterSingletonsInstantiated() {
        load(frameworkFiles());
    }

    public Optional<Framework> find(String id, String version) {
        return Optional.ofNullable(byId.get(id)).map(versions -> versions.get(version));
    }

    /** The highest version of the framework. */
    public Optional<Framework> latest(String id) {
        return Optional.ofNullable(byId.get(id)).map(versions -> versions.lastEntry().getValue());
    }

    /** The latest version of every framework, by id. */
    public List<Framework> all() {
        return byId.values().stream().map(versions -> versions.lastEntry().getValue())
                .sorted(Comparator.comparing(Framework::id)).toList();
    }

    List<Resource> frameworkFiles() {
        try {
            return Arrays.stream(resources.getResources(LOCATION))
                    .sorted(Comparator.comparing(FrameworkReader::describe)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + LOCATION, e);
        }
    }

    /** Reads and validates all files first, so an inconsistent one stores nothing; then stores what is new. */
    synchronized void load(List<Resource> files) {
        Map<String, Framework> shipped = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (Resource file : files) {
            Framework framework = FrameworkReader.read(file);
            String key = StoredFramework.idOf(framework.id(), framework.version());
            String earlier = sources.putIfAbsent(key, FrameworkReader.describe(file));
            if (earlier != null) {
                throw new InvalidFrameworkException(FrameworkReader.describe(file),
                        List.of("framework " + key + " is also defined in " + earlier));
            }
            shipped.put(key, framework);
        }
        Instant now = clock.instant();
        shipped.values().forEach(framework -> storeIfAbsent(framework, now));

        Map<String, NavigableMap<String, Framework>> loaded = new HashMap<>();
        for (StoredFramework stored : mongo.findAll(StoredFramework.class)) {
            Framework file = shipped.get(stored.getId());
            if (file != null && !file.equals(stored.getFramework())) {
                log.warn("Framework file for {} differs from the version stored on {}; the stored version stays "
                        + "(assessments pin it). Give the changed framework a new version.", stored.getId(),
                        stored.getLoadedAt());
            }
            loaded.computeIfAbsent(stored.getFrameworkId(), id -> new TreeMap<>(VERSION_ORDER))
                    .put(stored.getVersion(), stored.getFramework());
        }
        Map<String, NavigableMap<String, Framework>> frozen = new HashMap<>();
        loaded.forEach((id, versions) -> frozen.put(id, Collections.unmodifiableNavigableMap(versions)));
        byId = Map.copyOf(frozen);
        log.info("Assessment frameworks: {}", frozen.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().keySet()).sorted().toList());
    }

    private void storeIfAbsent(Framework framework, Instant now) {
        String id = StoredFramework.idOf(framework.id(), framework.version());
        if (mongo.exists(Query.query(Criteria.where("_id").is(id)), StoredFramework.class)) {
            return;
        }
        try {
            mongo.insert(new StoredFramework(framework, now));
            log.info("Stored assessment framework {}", id);
        } catch (DuplicateKeyException raced) {
            log.debug("Framework {} was stored by another instance", id);
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("[.\\-_]");
        String[] y = b.split("[.\\-_]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean numeric = x[i].matches("\\d+") && y[i].matches("\\d+");
            int c = numeric ? new BigInteger(x[i]).compareTo(new BigInteger(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(x.length, y.length);
        return c != 0 ? c : a.compareTo(b);
    }
}
