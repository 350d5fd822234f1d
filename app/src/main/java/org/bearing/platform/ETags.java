package org.bearing.platform;

/**
 * Maps an aggregate's version to a strong HTTP entity tag and back. The tag is the quoted version number,
 * e.g. {@code "7"}; a weak tag {@code W/"7"} from a proxy is accepted on the way in.
 */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @return the version named by an {@code If-Match} header, or null when the header is absent or {@code *}
     * @throws InvalidFieldException when the header is present but is not a Bearing entity tag
     */
    public static Long parseIfMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("If-Match", "If-Match must be an entity tag returned by Bearing, such as \"3\"; got " + header);
        }
    }

    /** Throws {@link StaleVersionException} when the client named a version that is not the current one. */
    public static void requireCurrent(String what, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(what, expected, current);
        }
    }
}
