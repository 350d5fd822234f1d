package org.bearing.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON for the file commands, without Spring: ISO-8601 dates, indented output. */
final class JsonOutput {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonOutput() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
