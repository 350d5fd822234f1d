package org.bearing.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An issue: something that is happening now and needs action (a risk that has occurred, a blocker), with a severity,
 * an owner and a due date, and the level it is escalated to: TEAM → PM → SPONSOR → STEERING_COMMITTEE.
 * It may link to register risks, tasks and change requests.
 */
public record Issue(long id, long version, long projectId, String code, String title, String description, Severity severity,
                    String owner, LocalDate dueDate, Status status, EscalationLevel escalationLevel, String resolution,
                    String raisedBy, LocalDateTime raisedAt, List<Link> links) {

    public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    public enum Status {
        OPEN, IN_PROGRESS, RESOLVED, CLOSED;

        public boolean active() {
            return this == OPEN || this == IN_PROGRESS;
        }
    }

    /** Who handles the issue, from the team up to the steering committee; escalation moves up this order. */
    public enum EscalationLevel { TEAM, PM, SPONSOR, STEERING_COMMITTEE }

    /**
     * A link to a register risk, a task or a change request by id. RISK and TASK targets are checked when written;
     * CHANGE_REQUEST targets are kept as references for the change module to resolve.
     */
    public record Link(@NotNull Kind kind, @Positive long targetId) {
        public enum Kind { RISK, TASK, CHANGE_REQUEST }

        /** The link as text, {@code RISK:12}. */
        public String reference() {
            return kind + ":" + targetId;
        }
    }

    public Issue {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** An active issue past its due date. */
    public boolean overdue(LocalDate today) {
        return status.active() && dueDate != null && dueDate.isBefore(today);
    }
}
