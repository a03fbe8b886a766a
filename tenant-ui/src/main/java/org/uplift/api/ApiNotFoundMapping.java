package org.uplift.api;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.uplift.security.ProblemDetails;

/**
 * Unknown paths under /api are "not found" problems. Without this the request would fall through to the
 * Vaadin servlet's catch-all mapping and answer its HTML page. Ordered right after the controllers'
 * mapping, which still answers 405/406/415 for a known path called the wrong way.
 */
@Configuration(proxyBeanMethods = false)
class ApiNotFoundMapping {

    @Bean
    SimpleUrlHandlerMapping apiNotFoundHandlerMapping(ProblemDetails problems) {
        // Written here: exception handler advice does not apply to plain request handlers.
        HttpRequestHandler notFound = (request, response) -> problems.write(request, response, HttpStatus.NOT_FOUND);
        var mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(1);
        return mapping;
    }
}
