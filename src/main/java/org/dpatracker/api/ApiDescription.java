package org.dpatracker.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at /v3/api-docs (for signed-in callers only, like the API; off with
 * {@code springdoc.api-docs.enabled=false}): how to authenticate, the rules every change follows, and an
 * example body for each write, kept in {@code openapi/examples.json}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    private static final String RULES = """
            Personal access tokens: `Authorization: Bearer dpat_...` (create one under Preferences → API tokens);\
             a token acts with its scopes' permissions, never beyond its user's role.
            Changes: GET a record, send its `ETag` back in `If-Match` with PUT, PATCH (JSON merge patch,\
             RFC 7396), DELETE or an action; without it 428, after someone else's change 412; nothing is written.
            POST takes an optional `Idempotency-Key`: a repeat with the same key and body returns the first\
             answer (marked `Idempotent-Replayed: true`) for 24 hours; the key with another body is 422.
            Refusals are RFC 9457 problem details; refused input lists each field with its message.
            Lists take `offset` (from 0) and `limit` (1 to 1,000).""";

    @Bean
    OpenAPI apiInfo() {
        return new OpenAPI()
                .info(new Info()
                        .title("DPA Tracker API")
                        .version("v1")
                        .description(RULES)
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal access token (dpat_...)")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    @Bean
    OpenApiCustomizer examplesAndIdempotencyKeys() {
        Map<String, Object> examples = examples();
        return api -> api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> describe(path, method, operation, examples)));
    }

    private static void describe(
            String path, PathItem.HttpMethod method, Operation operation, Map<String, Object> examples) {
        if (method == PathItem.HttpMethod.POST) {
            operation.addParametersItem(new HeaderParameter()
                    .name("Idempotency-Key")
                    .required(false)
                    .description("Any text up to 255 characters; a repeat with the same key runs once")
                    .schema(new StringSchema()));
        }
        Content content = operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent();
        if (content == null) {
            return;
        }
        Object example = examples.get(method + " " + path);
        if (example == null && method == PathItem.HttpMethod.PUT) {
            example = examples.get("POST " + path.substring(0, path.lastIndexOf('/')));
        }
        Object found = example;
        if (found != null) {
            content.values().forEach(media -> media.setExample(found));
        }
    }

    private static Map<String, Object> examples() {
        try (InputStream in = new ClassPathResource("openapi/examples.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
