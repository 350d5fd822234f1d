package org.bearing.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
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
class StrictApiJson implements WebMvcConfigurer {

    /**
     * Swaps Spring MVC's JSON converter for one with the same mapper (so the same modules and settings) that reads API
     * bodies strictly, in the same place of the list: registered as a converter bean instead, it would go in front of
     * the string and byte-array converters and turn the OpenAPI document (a string) into a quoted JSON string.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(c -> c.getClass() == JacksonJsonHttpMessageConverter.class
                ? new Converter((JsonMapper) ((JacksonJsonHttpMessageConverter) c).getMapper()) : c);
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
