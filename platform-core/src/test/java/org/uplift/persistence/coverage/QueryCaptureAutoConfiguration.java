package org.uplift.persistence.coverage;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Test only: every MongoDB client of every test application context reports its commands to
 * {@link CapturedCommands}. Listed in this test-jar's {@code AutoConfiguration.imports}, so the test applications
 * of platform-core, workflows and tenant-ui all pick it up without naming it.
 */
@AutoConfiguration
class QueryCaptureAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer queryCapture() {
        return settings -> settings.addCommandListener(CapturedCommands.INSTANCE);
    }
}
