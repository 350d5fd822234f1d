package org.bearing.risk;

import java.time.LocalDateTime;

/** One entry of a risk's score history: its probability, impact and score from that moment on. */
public record ScoreChange(LocalDateTime changedAt, String changedBy, int probability, int impact, int score, Risk.Status status) {
}
