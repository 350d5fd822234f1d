package org.bearing.cost.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as the cost pages show it: grouped thousands, two decimals ("12,345.60"), "—" for none. */
public final class Money {
    private Money() {
    }

    public static String of(BigDecimal v) {
        return v == null ? "—" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    public static String of(Double v) {
        return v == null ? "—" : of(BigDecimal.valueOf(v));
    }
}
