package org.uplift.benchmarks.city;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to generate and where: {@code --smes=50000 --providers=200 --packages-per-provider=3 --seed=2026}, and
 * either {@code --data-dir=./city} (the embedded store's durable file {@code <dir>/mongo.mv} and Camunda's H2 file
 * beside it, as the jar uses them with {@code UPLIFT_DATA_DIR}) or {@code --mongo-uri=mongodb://...} (then
 * Camunda's H2 file still goes to the data dir). Other {@code --name=value} arguments go to the application.
 */
record CitySettings(int smes, int providers, int packagesPerProvider, long seed, Path dataDir, String mongoUri,
        int batchSize, List<String> applicationArguments) {

    static CitySettings parse(String[] args) {
        int smes = 50_000;
        int providers = 200;
        int packages = 3;
        long seed = 2026;
        Path dataDir = Path.of("city");
        String uri = null;
        int batch = 1000;
        List<String> passed = new ArrayList<>();
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            if (arg.startsWith("--smes=")) {
                smes = Integer.parseInt(value.replace("_", ""));
            } else if (arg.startsWith("--providers=")) {
                providers = Integer.parseInt(value);
            } else if (arg.startsWith("--packages-per-provider=")) {
                packages = Integer.parseInt(value);
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(value);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(value);
            } else if (arg.startsWith("--mongo-uri=")) {
                uri = value;
            } else if (arg.startsWith("--batch=")) {
                batch = Integer.parseInt(value);
            } else {
                passed.add(arg);
            }
        }
        return new CitySettings(smes, providers, packages, seed, dataDir.toAbsolutePath().normalize(), uri, batch,
                List.copyOf(passed));
    }

    List<String> springArguments() {
        List<String> spring = new ArrayList<>(List.of(
                "--server.port=0",
                "--uplift.data-dir=" + dataDir,
                "--uplift.demo.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.uplift.benchmarks=INFO"));
        if (mongoUri != null) {
            spring.add("--spring.data.mongodb.uri=" + mongoUri);
        }
        spring.addAll(applicationArguments);
        return spring;
    }
}
