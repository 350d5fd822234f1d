package org.bearing.interop;

/**
 * Text bound for a spreadsheet cell (CSV or XLSX) made inert: a value starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would be read by Excel or LibreOffice as a formula ("CSV injection", e.g.
 * {@code =HYPERLINK(...)} in a task name), so it gets a leading apostrophe, which spreadsheets show as text.
 */
final class SpreadsheetText {
    private SpreadsheetText() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
