package itc.renewal.platform.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

import java.util.List;

/**
 * The problem detail (RFC 9457) every refusal of ours is, with our {@code code} (stable, for programs) and
 * {@code detail} (worded for the person who sent the request), and {@code errors} for a form or file with several
 * wrong fields or rows.
 */
public final class ProblemSchema {

    static final String NAME = "Problem";
    static final String REF = "#/components/schemas/" + NAME;

    private ProblemSchema() {
    }

    public static void addTo(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the request field, for a wrong field"))
                .addProperty("row", new IntegerSchema().description("the file's row, for a wrong row"))
                .addProperty("column", new StringSchema().description("the file's column, for a wrong row"))
                .addProperty("message", new StringSchema().description("what to change, worded for a person"));
        Schema<?> problem = new ObjectSchema()
                .description("A refusal (RFC 9457 problem detail). Nothing was changed.")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("what went wrong and what to do, in Japanese"))
                .addProperty("instance", new StringSchema().description("the request's path"))
                .addProperty("code", new StringSchema().description("stable problem code, e.g. points.title-too-long")
                        .example("points.title-too-long"))
                .addProperty("errors", new ArraySchema().items(error)
                        .description("every wrong field or row, when there are several"));
        problem.setRequired(List.of("status", "code", "detail"));
        openApi.getComponents().addSchemas(NAME, problem);
    }
}
