package org.uplift.assessment.framework;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a framework file: YAML whose field names are the components of the framework records.
 * Unknown and repeated fields are refused, so a misspelt field name cannot silently drop data.
 */
final class FrameworkReader {

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FrameworkReader() {
    }

    /** The framework in {@code resource}, read and validated. */
    static Framework read(Resource resource) {
        String source = describe(resource);
        Framework framework;
        try (InputStream in = resource.getInputStream()) {
            framework = YAML.readValue(in, Framework.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidFrameworkException(source, e);
        }
        FrameworkValidator.check(framework, source);
        return framework;
    }

    static String describe(Resource resource) {
        String name = resource.getFilename();
        return name == null ? resource.getDescription() : name;
    }
}
