package org.bearing.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object for a request body from alternating names and values, in order: {@code fields("name", "Build")}. */
public final class Fields {
    private Fields() {
    }

    public static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
