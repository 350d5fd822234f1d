package org.bearing.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to capture a baseline; a null number takes the lowest free one. */
public record BaselineDraft(@Min(0) @Max(Baseline.MAX_NUMBER) Integer number, @NotBlank @Size(max = 200) String name) {
}
