package org.bearing.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * API request bodies under {@code /api/v1} refuse properties their type does not have (400 naming the property, see
 * {@link ApiProblems}): a misspelt {@code "probabilty"} would otherwise be dropped without a word and the client would
 * believe it had been stored. Scoped to the MVC converter and to {@code /api/v1} on purpose: Jackson 3 ignores unknown
 * properties by default, and the application's {@link JsonMapper} also reads stored event publications and documents,
 * which must keep reading when a record later loses a property; the importers read foreign JSON with their own mappers.
 */
@Configuration(proxyBeanMethods = false)
class StrictApiJson {

    /** Replaces Boot's JSON converter (same mapper, so the same modules and settings) for the server's request bodies. */
    @Bean
    JacksonJsonHttpMessageConverter strictApiJsonConverter(JsonMapper mapper) {
        return new Converter(mapper);
    }

    static final class Converter extends JacksonJsonHttpMessageConverter {
        Converter(JsonMapper mapper) {
            super(mapper);
        }

        @Override
        protected ObjectReader customizeReader(ObjectReader reader, JavaType javaType) {
            return apiRequest() ? reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) : reader;
        }

        private static boolean apiRequest() {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                return request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/");
            }
            return false; // outside a server request (a client call, a test): Jackson's default
        }
    }
}
