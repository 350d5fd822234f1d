package org.bearing.risk.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A register entry as the API shows it (GET) and takes it back (POST, PUT): one JSON shape both ways, so a client can
 * read an entry, change a field and send the body back. It holds the fields a client writes, which make its
 * {@link #draft()}, and the fields the server assigns or computes ({@link #readOnly()}), which a client may send back
 * but never change; see {@link RepresentationWrites} for the rule.
 *
 * @param <D> the domain draft the writable fields make
 */
interface Representation<D> {

    /** The version the representation was read at (its entity tag), or null when a client leaves it out. */
    Long version();

    /** The server's fields by JSON name (ids, codes, computed scores, timestamps), null where the body leaves one out. */
    Map<String, Object> readOnly();

    /** The fields a client writes, as the domain takes them. */
    D draft();

    /** Name, value, name, value... as an ordered map (values may be null, which {@code Map.of} refuses). */
    static Map<String, Object> named(Object... nameValue) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], nameValue[i + 1]);
        }
        return m;
    }
}
