package org.bearing.risk.web;

import java.util.Map;
import org.bearing.risk.DistributionShape;

/**
 * The risk model editor's default-spread form: the low, most likely and high duration as percent of each task's planned
 * duration, and the distribution shape, given to every uncertain task without an estimate; its errors by input.
 */
public record DefaultSpreadForm(String low, String mostLikely, String high, String shape, Map<String, String> errors) {
    /** What the page offers first: the spread {@code bearing simulate} assumes, −10 % / as planned / +25 %. */
    static final DefaultSpreadForm STANDARD = new DefaultSpreadForm("90", "100", "125", DistributionShape.TRIANGULAR.name(), Map.of());

    /** The number an input holds, or null with its message recorded. */
    Double number(String input, String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put(input, "Enter a percent of the planned duration, e.g. 90.");
            return null;
        }
    }

    /** The chosen shape, or null with its message recorded. */
    DistributionShape shape(String text) {
        try {
            return DistributionShape.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.put("shape", "Choose one of " + String.join(", ", RiskModelForm.shapes()) + ".");
            return null;
        }
    }
}
