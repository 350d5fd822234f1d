package org.bearing.risk.web;

import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.springframework.util.MultiValueMap;

/**
 * The risk form of the register page as typed: every value kept as text so that a refused form shows what the TPM
 * typed, with messages keyed by the field names the API and {@code RiskRegisterPolicy} use ({@code probability},
 * {@code strategy}, {@code actions[1].dueDate}). Parsing only turns text into a {@link RiskDraft}; the rules are the
 * domain's (bean validation of the draft, then the register's policy), reported back through {@link #reject}.
 */
public final class RiskForm extends TypedForm {
    /** Empty action rows offered below the recorded ones. */
    static final int BLANK_ACTIONS = 2;
    static final List<String> TEXT_FIELDS = List.of("kind", "title", "cause", "event", "effect", "category", "owner", "probability",
            "impactSchedule", "impactCost", "impactScope", "impactQuality", "costExposure", "proximity", "strategy", "contingencyPlan",
            "trigger", "status", "residualProbability", "residualImpact", "reviewDate", "version");

    private final int actionRows;
    /** For each action of the draft, the form row it came from (blank rows are skipped). */
    private final List<Integer> draftRows = new ArrayList<>();

    private RiskForm(Map<String, String> values, int actionRows) {
        this.values.putAll(values);
        this.actionRows = actionRows;
    }

    /** A new threat: nothing chosen yet, so a probability or impact is never recorded by default. */
    static RiskForm blank() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", Risk.Kind.THREAT.name());
        v.put("status", Risk.Status.OPEN.name());
        return new RiskForm(v, BLANK_ACTIONS);
    }

    static RiskForm of(Risk r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", r.kind().name());
        v.put("title", r.title());
        v.put("cause", r.cause());
        v.put("event", r.event());
        v.put("effect", r.effect());
        v.put("category", r.category());
        v.put("owner", r.owner());
        v.put("probability", String.valueOf(r.probability()));
        v.put("impactSchedule", String.valueOf(r.impact().schedule()));
        v.put("impactCost", String.valueOf(r.impact().cost()));
        v.put("impactScope", String.valueOf(r.impact().scope()));
        v.put("impactQuality", String.valueOf(r.impact().quality()));
        v.put("costExposure", r.costExposure() == null ? null : r.costExposure().stripTrailingZeros().toPlainString());
        v.put("proximity", text(r.proximity()));
        v.put("strategy", r.strategy() == null ? null : r.strategy().name());
        v.put("contingencyPlan", r.contingencyPlan());
        v.put("trigger", r.trigger());
        v.put("status", r.status().name());
        v.put("residualProbability", text(r.residualProbability()));
        v.put("residualImpact", text(r.residualImpact()));
        v.put("reviewDate", text(r.reviewDate()));
        v.put("version", String.valueOf(r.version()));
        for (int i = 0; i < r.actions().size(); i++) {
            Risk.ResponseAction a = r.actions().get(i);
            v.put(action(i, "description"), a.description());
            v.put(action(i, "owner"), a.owner());
            v.put(action(i, "dueDate"), text(a.dueDate()));
            v.put(action(i, "done"), a.done() ? "true" : null);
        }
        return new RiskForm(v, r.actions().size() + BLANK_ACTIONS);
    }

    /** The form as posted; the number of action rows is the highest posted index + 1, plus blank rows to add more. */
    static RiskForm posted(MultiValueMap<String, String> params) {
        Map<String, String> v = new LinkedHashMap<>();
        int rows = 0;
        for (String name : params.keySet()) {
            String value = params.getFirst(name);
            if (TEXT_FIELDS.contains(name)) {
                v.put(name, value);
            } else if (name.startsWith("actions[") && name.indexOf(']') > 8) {
                try {
                    int row = Integer.parseInt(name.substring(8, name.indexOf(']')));
                    if (row >= 0 && row < 200) {
                        v.put(name, value);
                        rows = Math.max(rows, row + 1);
                    }
                } catch (NumberFormatException ignored) {
                    // not one of the form's fields
                }
            }
        }
        return new RiskForm(v, Math.max(rows, BLANK_ACTIONS));
    }

    /**
     * The draft the form describes, or null when a value does not parse (each such field then has its message).
     * A required choice left empty is reported here, in the page's words, rather than as bean validation's "must not be null".
     */
    RiskDraft toDraft() {
        Risk.Kind kind = choice("kind", Risk.Kind::valueOf, "Choose threat or opportunity.", true);
        Integer probability = level("probability", "Choose a probability.", true);
        Integer schedule = level("impactSchedule", "Choose the impact on the schedule.", true);
        Integer cost = level("impactCost", "Choose the impact on cost.", true);
        Integer scope = level("impactScope", "Choose the impact on scope.", true);
        Integer quality = level("impactQuality", "Choose the impact on quality.", true);
        BigDecimal exposure = null;
        if (present("costExposure")) {
            try {
                exposure = new BigDecimal(trimmed("costExposure").replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                errors.put("costExposure", "Enter an amount such as 250000.");
            }
        }
        LocalDate proximity = date("proximity");
        Risk.Strategy strategy = choice("strategy", Risk.Strategy::valueOf, "Choose a response strategy.", false);
        Risk.Status status = choice("status", Risk.Status::valueOf, "Choose a status.", false);
        Integer residualProbability = level("residualProbability", null, false);
        Integer residualImpact = level("residualImpact", null, false);
        LocalDate review = date("reviewDate");
        List<RiskDraft.Action> actions = new ArrayList<>();
        draftRows.clear();
        for (int i = 0; i < actionRows; i++) {
            String description = trimmed(action(i, "description"));
            String owner = trimmed(action(i, "owner"));
            String due = trimmed(action(i, "dueDate"));
            if (description == null && owner == null && due == null) {
                continue; // an unused row
            }
            LocalDate dueDate = date(action(i, "dueDate"));
            draftRows.add(i);
            actions.add(new RiskDraft.Action(description == null ? "" : description, owner, dueDate, "true".equals(values.get(action(i, "done")))));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new RiskDraft(kind, titleText(), trimmed("cause"), trimmed("event"), trimmed("effect"), trimmed("category"), trimmed("owner"),
                probability, new RiskDraft.Impact(schedule, cost, scope, quality), exposure, proximity, strategy, actions, trimmed("contingencyPlan"),
                trimmed("trigger"), status, residualProbability, residualImpact, review);
    }

    /** Bean validation's refusals of the draft, each beside its field in the page's words. */
    void reject(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            String field = v.getPropertyPath().toString();
            reject(field, label(field) + " " + v.getMessage() + ".");
        }
    }

    /**
     * A refusal naming a draft field; action indexes count the filled rows only, so they are mapped back to form rows,
     * and the draft's {@code impact.schedule} is the form's {@code impactSchedule}.
     */
    void reject(String field, String message) {
        String formField = field == null ? "" : field;
        if (formField.startsWith("impact.") && formField.length() > 7) {
            formField = "impact" + Character.toUpperCase(formField.charAt(7)) + formField.substring(8);
        }
        if (formField.startsWith("actions[") && formField.indexOf(']') > 8) {
            int index = Integer.parseInt(formField.substring(8, formField.indexOf(']')));
            if (index < draftRows.size()) {
                formField = "actions[" + draftRows.get(index) + formField.substring(formField.indexOf(']'));
            }
        }
        errors.putIfAbsent(formField, message);
    }

    public int actionRows() {
        return actionRows;
    }

    /** The version the form was read at, for the optimistic check when it is saved; null on a new risk. */
    Long version() {
        try {
            return present("version") ? Long.valueOf(trimmed("version")) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String action(int row, String part) {
        return "actions[" + row + "]." + part;
    }

    /** The element id of a field: {@code actions[1].dueDate} → {@code r-actions-1-dueDate}. */
    public static String id(String field) {
        return "r-" + field.replace("[", "-").replace("]", "").replace(".", "-");
    }

    private static String label(String field) {
        return switch (field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field) {
            case "title" -> "The title";
            case "description" -> "The action";
            case "owner" -> "The owner";
            case "cause", "event", "effect" -> "The " + field;
            case "contingencyPlan" -> "The contingency plan";
            case "trigger" -> "The trigger";
            case "costExposure" -> "The cost exposure";
            case "category" -> "The category";
            case "actions" -> "The list of actions";
            default -> "The value";
        };
    }

    private String titleText() {
        String t = trimmed("title");
        return t == null ? "" : t;
    }

    private boolean present(String field) {
        return trimmed(field) != null;
    }

    private String trimmed(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private Integer level(String field, String missing, boolean required) {
        if (!present(field)) {
            if (required) {
                errors.put(field, missing);
            }
            return null;
        }
        try {
            return Integer.valueOf(trimmed(field));
        } catch (NumberFormatException e) {
            errors.put(field, "Choose a level from 1 to 5.");
            return null;
        }
    }

    private <E> E choice(String field, Function<String, E> parse, String missing, boolean required) {
        if (!present(field)) {
            if (required) {
                errors.put(field, missing);
            }
            return null;
        }
        try {
            return parse.apply(trimmed(field));
        } catch (IllegalArgumentException e) {
            errors.put(field, missing);
            return null;
        }
    }

    private LocalDate date(String field) {
        if (!present(field)) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed(field));
        } catch (DateTimeParseException e) {
            errors.put(field, "Use a date such as 2026-03-31.");
            return null;
        }
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
