package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.uplift.UpliftTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI document covers every /api handler (found in Spring MVC's own mapping, so a new endpoint
 * without documentation fails here), with response schemas, problem details and the OAuth2 scheme; the
 * document and Swagger UI are for signed-in users only.
 */
@UpliftTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    ApiHttp http;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        http = new ApiHttp(port);
    }

    JsonNode document() throws Exception {
        var response = mvc.perform(get("/v3/api-docs").with(oidcLogin())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        // Kept for reading: target/openapi.json is the document as served.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "openapi.json"), response.getContentAsByteArray());
        return ApiHttp.JSON.readTree(response.getContentAsByteArray());
    }

    /** Every path and method Spring MVC routes under /api. */
    List<String[]> apiHandlers() {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String[]> handlers = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            Set<String> paths = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            paths.stream().filter(p -> p.startsWith("/api/")).forEach(path -> {
                assertThat(methods).as("%s names its HTTP methods", path).isNotEmpty();
                methods.forEach(m -> handlers.add(new String[] {path, m.name().toLowerCase(Locale.ROOT)}));
            });
        });
        return handlers;
    }

    @Test
    void every_api_handler_is_documented_with_its_response_schema_and_problem_details() throws Exception {
        JsonNode paths = document().get("paths");
        List<String[]> handlers = apiHandlers();
        assertThat(handlers).hasSizeGreaterThanOrEqualTo(15);

        handlers.forEach(handler -> {
            String what = handler[1].toUpperCase(Locale.ROOT) + " " + handler[0];
            JsonNode operation = paths.path(handler[0]).path(handler[1]);
            assertThat(operation.isObject()).as("%s is documented", what).isTrue();
            JsonNode responses = operation.get("responses");
            var success = new ArrayList<String>();
            responses.fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    success.add(code);
                }
            });
            assertThat(success).as("%s has a success response", what).isNotEmpty();
            success.stream().filter(code -> !code.equals("204")).forEach(code -> assertThat(
                    responses.get(code).path("content").findValues("schema")).as("%s %s has a schema", what, code)
                    .isNotEmpty());
            for (String problem : List.of("400", "401", "403", "404")) {
                assertThat(responses.path(problem).path("content").path("application/problem+json").path("schema")
                        .path("$ref").asText()).as("%s answers %s as a problem", what, problem)
                        .isEqualTo("#/components/schemas/Problem");
            }
            if (operation.has("requestBody")) {
                assertThat(operation.get("requestBody").path("content").findValues("schema"))
                        .as("%s documents its request body", what).isNotEmpty()
                        .allSatisfy(schema -> assertThat(schema.toString()).doesNotContain("JsonNode"));
            }
        });
    }

    @Test
    void only_the_api_is_documented_and_it_names_the_client_credentials_flow_of_the_issuer() throws Exception {
        JsonNode document = document();

        document.get("paths").fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
        JsonNode scheme = document.at("/components/securitySchemes/uplift-oauth2");
        assertThat(scheme.get("type").asText()).isEqualTo("oauth2");
        String tokenUrl = scheme.at("/flows/clientCredentials/tokenUrl").asText();
        assertThat(http.discovery().get("token_endpoint").asText()).endsWith(tokenUrl);
        assertThat(document.get("security").findValues("uplift-oauth2")).isNotEmpty();
        assertThat(document.at("/components/schemas/Problem/properties/errors").toString()).contains("array");
    }

    @Test
    void swagger_ui_opens_for_a_signed_in_user() throws Exception {
        var response = mvc.perform(get("/swagger-ui/index.html").with(oidcLogin())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("swagger-ui");
    }

    @Test
    void anonymous_callers_get_neither_the_document_nor_swagger_ui() {
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html")) {
            var response = http.get(path, null);
            assertThat(response.statusCode()).as(path).isIn(302, 401);
            assertThat(response.body()).as(path).doesNotContain("/api/v1/assessments", "swagger-ui-bundle");
        }
    }
}
