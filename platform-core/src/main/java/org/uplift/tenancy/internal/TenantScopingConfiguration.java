package org.uplift.tenancy.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Installs the tenant scoping under Spring Boot's own Mongo set-up: the database factory Boot
 * creates (from a URI or the embedded server) is wrapped, so everything built on it is scoped.
 */
@Configuration(proxyBeanMethods = false)
class TenantScopingConfiguration {

    static final String BASE_PACKAGE = "org.uplift";

    @Bean
    static BeanPostProcessor tenantScopedDatabaseFactory(ObjectProvider<MongoMappingContext> mapping) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof MongoDatabaseFactory factory && !(bean instanceof TenantScopedDatabaseFactory)) {
                    return new TenantScopedDatabaseFactory(factory,
                            TenantOwnedCollections.scan(BASE_PACKAGE, mapping.getObject()));
                }
                return bean;
            }
        };
    }

    @Bean
    TenantStamping tenantStamping() {
        return new TenantStamping();
    }
}
