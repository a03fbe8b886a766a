package org.uplift.api;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.uplift.security.IdentityProperties;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document of /api/v1 (springdoc, {@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}):
 * every operation is secured by the OAuth2 client-credentials flow of the platform's issuer and lists the
 * problem-detail answers it can give.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SECURITY_SCHEME = "uplift-oauth2";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String UI_REGISTRATION = "uplift";

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Refused input: each field with its reason (errors)",
            "401", "No valid bearer token",
            "403", "The token's tenant or roles do not allow this",
            "404", "Not found in the caller's tenant (another tenant's ids look the same)");

    @Bean
    OpenAPI upliftOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Uplift API").version("v1").description("""
                        SMEs' digital maturity self-assessment, company profiles and machine clients. Get a token \
                        with the client-credentials grant of an API client (created by a tenant owner); errors are \
                        RFC 7807 problem details in the language of Accept-Language (zh-CN by default)."""))
                .components(new Components()
                        .addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("Client credentials of an API client; the token carries its tenant and roles")
                                .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token"))))
                        .addSchemas(PROBLEM_SCHEMA, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
    }

    /**
     * Runs when the document is first built (not at start-up): with an external issuer its token URL comes
     * from the issuer's discovery document, which is asked for only then.
     */
    @Bean
    GlobalOpenApiCustomizer upliftProblemsAndTokenUrl(IdentityProperties identity,
            ClientRegistrationRepository registrations) {
        return openApi -> {
            if (!identity.embedded()) {
                ClientRegistration registration = registrations.findByRegistrationId(UI_REGISTRATION);
                openApi.getComponents().getSecuritySchemes().get(SECURITY_SCHEME).getFlows().getClientCredentials()
                        .setTokenUrl(registration.getProviderDetails().getTokenUri());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                describeFreeFormBody(operation);
                addProblems(operation);
            }));
            if (openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().remove("JsonNode");
            }
        };
    }

    /**
     * The endpoints that read their body as a JSON tree (to name each wrong field themselves) get the
     * schema of what they accept, by operation id (the controller method's name).
     */
    private static void describeFreeFormBody(Operation operation) {
        Schema<?> letters = new Schema<>().oneOf(List.of(new StringSchema().example("C"),
                new ArraySchema().items(new StringSchema()).example(List.of("B", "C"))));
        Schema<?> body = switch (String.valueOf(operation.getOperationId())) {
            case "start" -> new ObjectSchema().description("empty, or re-assess a submitted assessment")
                    .addProperty("previousAssessmentId", new StringSchema());
            case "saveAnswer" -> new ObjectSchema().addProperty("answer", letters.description(
                    "a letter, a list for multiple choice; null or [] clears it")).required(List.of("answer"));
            case "saveScenario" -> new ObjectSchema().addProperty("level", new IntegerSchema().minimum(
                    java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(4))).required(List.of("level"));
            case "evaluate" -> new ObjectSchema()
                    .addProperty("answers", new ObjectSchema().additionalProperties(letters)
                            .description("per question key: a letter, a list for multiple choice"))
                    .addProperty("scenarios", new ObjectSchema().additionalProperties(new IntegerSchema())
                            .description("per scenario key: the rating 0-4"))
                    .addProperty("evidence", new ObjectSchema().additionalProperties(new ObjectSchema()
                            .additionalProperties(new io.swagger.v3.oas.models.media.NumberSchema()))
                            .description("per question key: the evidence numbers, e.g. digitalDevices"));
            default -> null;
        };
        if (body != null && operation.getRequestBody() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setSchema(body));
        }
        if ("start".equals(operation.getOperationId()) && operation.getResponses().containsKey("200")) {
            operation.getResponses().addApiResponse("201", operation.getResponses().remove("200").description("Created"));
        }
        if ("download".equals(operation.getOperationId()) && operation.getResponses().containsKey("200")) {
            operation.getResponses().get("200").description("The file, with its content type and name")
                    .content(new Content().addMediaType("application/octet-stream",
                            new io.swagger.v3.oas.models.media.MediaType().schema(
                                    new StringSchema().format("binary"))));
        }
    }

    private static void addProblems(Operation operation) {
        PROBLEMS.forEach((status, description) -> {
            if (!operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, problem(description));
            }
        });
        boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey(MediaType.MULTIPART_FORM_DATA_VALUE);
        if (upload) {
            operation.getResponses().addApiResponse("413", problem("The file is over the size limit"));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new io.swagger.v3.oas.models.media.MediaType().schema(
                        new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the input field, e.g. roles or answer[0]"))
                .addProperty("code", new StringSchema().description("the i18n key of the reason"))
                .addProperty("message", new StringSchema().description("the reason in the caller's language"));
        return new ObjectSchema().description("RFC 7807 problem details")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().description("in the caller's language"))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(error).description("each refused field (400, 413)"));
    }
}
