package org.bearing.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The actuals of a project: cost entries, time entries, reserves and funding (records of the cost module's API). */
public final class Actual {

    private Actual() {
    }

    /**
     * Money spent on a task: an invoice, a purchase, travel.
     *
     * @param amount currency of the project; a negative amount is a credit
     * @param category e.g. MATERIAL, SUBCONTRACT, TRAVEL (free text, up to 100 characters)
     */
    public record CostEntry(long id, long projectId, long taskId, LocalDate date, BigDecimal amount, String category,
            String description, ApprovalStatus status, String submittedBy, LocalDateTime submittedAt, String decidedBy,
            LocalDateTime decidedAt, String note) {
    }

    /** A new cost entry as submitted. */
    public record CostEntryDraft(Long taskId, LocalDate date, BigDecimal amount, String category, String description) {
    }

    /**
     * Hours a resource worked on a task on one day; costed at the resource's standard rate (per hour).
     */
    public record TimeEntry(long id, long projectId, long taskId, long resourceId, LocalDate day, BigDecimal hours,
            ApprovalStatus status, String submittedBy, LocalDateTime submittedAt, String decidedBy,
            LocalDateTime decidedAt, String note) {
    }

    /** A new time entry as submitted. */
    public record TimeEntryDraft(Long taskId, Long resourceId, LocalDate day, BigDecimal hours) {
    }

    /** An approval decision: APPROVED or REJECTED, with a note (required to reject). */
    public record Decision(ApprovalStatus status, String note) {
    }

    /**
     * Money held outside the performance measurement baseline: the management reserve (for unknown unknowns, released
     * by management) and the contingency (for identified risks).
     */
    public record Reserves(BigDecimal managementReserve, BigDecimal contingency) {
    }

    /** Funds available to the project from {@code start} to {@code end} inclusive. */
    public record FundingPeriod(LocalDate start, LocalDate end, BigDecimal amount) {
    }

    /**
     * The actuals of one leaf task, whatever their date: approved cost entries, approved labour (hours × the resource's
     * standard rate), and the amount still awaiting a decision (cost entries plus hours × rate).
     */
    public record TaskActuals(long taskId, BigDecimal approvedCost, BigDecimal approvedLabour, BigDecimal pending) {
        /** Approved actual cost of the task: AC = approved cost entries + approved labour. */
        public BigDecimal approved() {
            return approvedCost.add(approvedLabour);
        }
    }

    /**
     * A project's actuals in total: the approved actual cost (AC) over all dates, the amount pending and the number of
     * entries awaiting a decision. Earned value counts the approved ones dated up to the status date.
     */
    public record Ledger(java.util.List<TaskActuals> tasks, BigDecimal approved, BigDecimal pending, int pendingEntries) {
    }
}
