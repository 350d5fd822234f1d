package org.bearing.risk.web;

import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bearing.risk.Issue;
import org.bearing.risk.IssueDraft;
import org.springframework.util.MultiValueMap;

/**
 * The issue edit form as typed. Links are picked as risks (ticked), tasks (chosen from the WBS) and change-request
 * numbers (typed, {@code 7} or {@code CR-7}); they become the draft's links, and a refusal of {@code links[i]} (or one
 * of its parts) is shown beside the input that link came from.
 */
public final class IssueForm extends TypedForm {
    private final Set<Long> risks = new LinkedHashSet<>();
    private final Set<Long> tasks = new LinkedHashSet<>();
    /** For each reference of the draft's links, the input it came from. */
    private final List<String> linkInputs = new ArrayList<>();

    private IssueForm() {
    }

    static IssueForm of(Issue i) {
        IssueForm f = new IssueForm();
        f.values.put("title", i.title());
        f.values.put("description", i.description());
        f.values.put("severity", i.severity().name());
        f.values.put("owner", i.owner());
        f.values.put("dueDate", i.dueDate() == null ? null : i.dueDate().toString());
        f.values.put("status", i.status().name());
        f.values.put("resolution", i.resolution());
        f.values.put("version", String.valueOf(i.version()));
        List<String> changeRequests = new ArrayList<>();
        for (Issue.Link l : i.links()) {
            switch (l.kind()) {
                case RISK -> f.risks.add(l.targetId());
                case TASK -> f.tasks.add(l.targetId());
                case CHANGE_REQUEST -> changeRequests.add(String.valueOf(l.targetId()));
            }
        }
        f.values.put("changeRequests", String.join(", ", changeRequests));
        return f;
    }

    static IssueForm posted(MultiValueMap<String, String> params) {
        IssueForm f = new IssueForm();
        for (String field : List.of("title", "description", "severity", "owner", "dueDate", "status", "resolution", "version", "changeRequests")) {
            f.values.put(field, params.getFirst(field));
        }
        f.addIds(params.get("risks"), f.risks, "risks");
        f.addIds(params.get("tasks"), f.tasks, "tasks");
        return f;
    }

    /** The draft the form describes, or null when a value does not parse (the field then has its message). */
    IssueDraft toDraft() {
        Issue.Severity severity = null;
        try {
            severity = Issue.Severity.valueOf(value("severity"));
        } catch (IllegalArgumentException e) {
            errors.put("severity", "Choose a severity.");
        }
        Issue.Status status = null;
        try {
            status = Issue.Status.valueOf(value("status"));
        } catch (IllegalArgumentException e) {
            errors.put("status", "Choose a status.");
        }
        LocalDate due = null;
        if (!value("dueDate").isBlank()) {
            try {
                due = LocalDate.parse(value("dueDate").strip());
            } catch (DateTimeParseException e) {
                errors.put("dueDate", "Use a date such as 2026-03-31.");
            }
        }
        List<Issue.Link> links = new ArrayList<>();
        linkInputs.clear();
        risks.forEach(id -> link(links, new Issue.Link(Issue.Link.Kind.RISK, id), "risks"));
        tasks.forEach(id -> link(links, new Issue.Link(Issue.Link.Kind.TASK, id), "tasks"));
        for (String cr : value("changeRequests").split("[,;\\s]+")) {
            if (!cr.isBlank()) {
                try {
                    long id = Long.parseLong(cr.strip().replaceFirst("(?i)^CR-?", ""));
                    link(links, new Issue.Link(Issue.Link.Kind.CHANGE_REQUEST, id), "changeRequests");
                } catch (NumberFormatException e) {
                    errors.put("changeRequests", "Enter change request numbers such as 7 or CR-7, got '" + cr.strip() + "'.");
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new IssueDraft(value("title").strip(), blankToNull("description"), severity, blankToNull("owner"), due, status,
                blankToNull("resolution"), links);
    }

    void reject(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            String field = v.getPropertyPath().toString();
            reject(field, (field.equals("title") ? "The title " : "The value ") + v.getMessage() + ".");
        }
    }

    /** A refusal naming a draft field; {@code links[i]} and {@code links[i].targetId} land on the input the i-th link came from. */
    void reject(String field, String message) {
        String formField = field == null ? "" : field;
        if (formField.startsWith("links[") && formField.indexOf(']') > 6) {
            int i = Integer.parseInt(formField.substring(6, formField.indexOf(']')));
            formField = i < linkInputs.size() ? linkInputs.get(i) : "changeRequests";
        }
        errors.putIfAbsent(formField, message);
    }

    public boolean linksRisk(long riskId) {
        return risks.contains(riskId);
    }

    public boolean linksTask(long taskId) {
        return tasks.contains(taskId);
    }

    Long version() {
        try {
            return Long.valueOf(value("version").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void link(List<Issue.Link> links, Issue.Link link, String input) {
        links.add(link);
        linkInputs.add(input);
    }

    private void addIds(List<String> posted, Set<Long> into, String field) {
        if (posted == null) {
            return;
        }
        for (String s : posted) {
            try {
                into.add(Long.valueOf(s.strip()));
            } catch (NumberFormatException e) {
                errors.put(field, "Pick from the list.");
            }
        }
    }

    private String blankToNull(String field) {
        return value(field).isBlank() ? null : value(field).strip();
    }
}
