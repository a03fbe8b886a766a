package org.uplift.workflows.engine;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Camunda takes whichever transaction manager it finds; any other one (a Mongo one, say) would stop
 * Boot from creating the JDBC one. Declaring it keeps Camunda on its own database's transactions.
 */
@Configuration(proxyBeanMethods = false)
class JdbcTransactionConfiguration {

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
