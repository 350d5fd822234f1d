package org.bearing.cost;

/** The tracking overview measures the DSLIB check compares, with the unit each is compared in. */
public enum DslibMeasure {
    PV("PV", "currency"), EV("EV", "currency"), AC("AC", "currency"), ES("ES", "working hours since start"),
    SV("SV", "currency"), SPI("SPI", "ratio"), CV("CV", "currency"), CPI("CPI", "ratio"),
    SVT("SV(t)", "working days"), SPIT("SPI(t)", "ratio");

    private final String label;
    private final String unit;

    DslibMeasure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
