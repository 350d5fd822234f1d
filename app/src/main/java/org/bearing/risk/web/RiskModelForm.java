package org.bearing.risk.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bearing.plan.Task;
import org.bearing.plan.WorkBreakdown;
import org.bearing.risk.DistributionShape;
import org.bearing.risk.QuantitativeRiskModel;
import org.bearing.risk.QuantitativeRiskModel.CorrelationGroup;
import org.bearing.risk.QuantitativeRiskModel.Estimate;
import org.bearing.risk.QuantitativeRiskModel.RiskEvent;
import org.bearing.risk.QuantitativeRiskModel.Unit;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskMatrix;
import org.springframework.util.MultiValueMap;

/**
 * The risk model editor's form: a row per leaf task (three-point duration estimate, shape, correlation group and cost
 * range), the correlation groups, and a row per register threat that may be modelled as a risk event. Durations are
 * entered in percent of the task's planned duration or in working days of the project's calendar (days × its minutes
 * per day); risk-event probabilities in percent and impacts in working days. Inputs are named by what they belong to
 * ({@code e.<taskId>.max}, {@code g.<row>.name}, {@code r.<riskId>.tasks}), so an error the domain reports for
 * {@code estimates[3].max} lands beside the input of the task that estimate came from.
 */
public final class RiskModelForm {
    /** Units of an estimate row: percent of the planned duration, or working days. */
    static final String PERCENT = "PERCENT";
    static final String DAYS = "DAYS";
    /** Blank rows offered for new correlation groups. */
    private static final int NEW_GROUPS = 2;
    private static final Pattern DOMAIN_FIELD = Pattern.compile("(estimates|correlationGroups|riskEvents)\\[(\\d+)]\\.(\\w+)(\\[\\d+])?");

    /** A leaf task's estimate inputs as shown (blank values: no estimate). */
    public record EstimateRow(long taskId, String wbs, String name, int level, String plannedDays, String unit, String min,
                       String mostLikely, String max, String shape, String group, String costMin, String costMostLikely,
                       String costMax, String costShape) {
        public String field(String input) {
            return "e." + taskId + "." + input;
        }
    }

    public record GroupRow(int row, String name, String coefficient) {
        public String field(String input) {
            return "g." + row + "." + input;
        }
    }

    /** A register risk's event inputs; {@code tasks} are the ids of the tasks it affects. */
    public record EventRow(long riskId, String code, String title, int probabilityScore, boolean modelled, String probability,
                    String durationMin, String durationMostLikely, String durationMax, String durationShape, String costMin,
                    String costMostLikely, String costMax, String costShape, List<Long> tasks) {
        public String field(String input) {
            return "r." + riskId + "." + input;
        }
    }

    /** A task that a risk event may affect, for the event rows' task lists. */
    public record TaskOption(long id, String label) {
    }

    private final int minutesPerDay;
    private final List<EstimateRow> estimates;
    private final List<GroupRow> groups;
    private final List<EventRow> events;
    private final List<TaskOption> taskOptions;
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** Built by {@link #toModel()}: the form input behind each estimate and risk event of the model, by index. */
    private final List<String> estimateInputs = new ArrayList<>();
    private final List<String> eventInputs = new ArrayList<>();
    private final List<String> groupInputs = new ArrayList<>();

    private RiskModelForm(int minutesPerDay, List<EstimateRow> estimates, List<GroupRow> groups, List<EventRow> events,
                          List<TaskOption> taskOptions) {
        this.minutesPerDay = minutesPerDay;
        this.estimates = estimates;
        this.groups = groups;
        this.events = events;
        this.taskOptions = taskOptions;
    }

    /**
     * The form showing a stored model: estimates in their stored unit, impacts in working days; a threat not modelled
     * yet offers the midpoint of its probability band on the project's {@code matrix} (the likelihood its EMV uses).
     */
    static RiskModelForm of(QuantitativeRiskModel model, WorkBreakdown wbs, List<Risk> risks, RiskMatrix matrix, int minutesPerDay) {
        Map<Long, Estimate> byTask = new HashMap<>();
        model.estimates().forEach(e -> byTask.put(e.taskId(), e));
        List<EstimateRow> rows = new ArrayList<>();
        for (Task t : wbs.outline()) {
            if (t.summary()) {
                continue;
            }
            Estimate e = byTask.get(t.id());
            boolean percent = e == null || e.unit() == Unit.PERCENT_OF_DURATION;
            rows.add(new EstimateRow(t.id(), wbs.wbsCode(t), t.name(), wbs.level(t.id()), days(t.durationMinutes(), minutesPerDay),
                    percent ? PERCENT : DAYS, e == null ? "" : value(e.min(), percent, minutesPerDay),
                    e == null ? "" : value(e.mostLikely(), percent, minutesPerDay), e == null ? "" : value(e.max(), percent, minutesPerDay),
                    e == null ? DistributionShape.TRIANGULAR.name() : e.distribution().name(),
                    e == null || e.correlationGroup() == null ? "" : e.correlationGroup(), money(e == null ? null : e.costMin()),
                    money(e == null ? null : e.costMostLikely()), money(e == null ? null : e.costMax()),
                    e == null || e.costDistribution() == null ? DistributionShape.TRIANGULAR.name() : e.costDistribution().name()));
        }
        List<GroupRow> groupRows = new ArrayList<>();
        for (CorrelationGroup g : model.correlationGroups()) {
            groupRows.add(new GroupRow(groupRows.size(), g.name(), number(g.coefficient())));
        }
        for (int i = 0; i < NEW_GROUPS; i++) {
            groupRows.add(new GroupRow(groupRows.size(), "", ""));
        }
        Map<Long, RiskEvent> byRisk = new HashMap<>();
        model.riskEvents().forEach(e -> byRisk.put(e.riskId(), e));
        List<EventRow> eventRows = new ArrayList<>();
        for (Risk r : risks) {
            RiskEvent e = byRisk.get(r.id());
            if (e == null && (r.kind() != Risk.Kind.THREAT || r.status() != Risk.Status.OPEN)) {
                continue;
            }
            eventRows.add(e == null
                    ? new EventRow(r.id(), r.code(), r.title(), r.probability(), false,
                            number(matrix.probability().get(r.probability() - 1).midpointPercent()), "", "", "", DistributionShape.TRIANGULAR.name(),
                            "", "", "", DistributionShape.TRIANGULAR.name(), List.of())
                    : new EventRow(r.id(), r.code(), r.title(), r.probability(), true, number(100 * e.probability()),
                            days(e.durationMin(), minutesPerDay), days(e.durationMostLikely(), minutesPerDay),
                            days(e.durationMax(), minutesPerDay), e.durationDistribution().name(), money(e.costMin()),
                            money(e.costMostLikely()), money(e.costMax()),
                            e.costDistribution() == null ? DistributionShape.TRIANGULAR.name() : e.costDistribution().name(), e.taskIds()));
        }
        return new RiskModelForm(minutesPerDay, rows, groupRows, eventRows, options(wbs));
    }

    /** The form as posted: the rows of {@link #of} for the same tasks and risks, with the values the browser sent. */
    static RiskModelForm posted(MultiValueMap<String, String> params, WorkBreakdown wbs, List<Risk> risks, RiskMatrix matrix,
                                int minutesPerDay) {
        RiskModelForm shown = of(new QuantitativeRiskModel(null, null, null), wbs, risks, matrix, minutesPerDay);
        List<EstimateRow> rows = new ArrayList<>();
        for (EstimateRow r : shown.estimates) {
            rows.add(new EstimateRow(r.taskId(), r.wbs(), r.name(), r.level(), r.plannedDays(), param(params, r.field("unit")),
                    param(params, r.field("min")), param(params, r.field("mostLikely")), param(params, r.field("max")),
                    param(params, r.field("shape")), param(params, r.field("group")), param(params, r.field("costMin")),
                    param(params, r.field("costMostLikely")), param(params, r.field("costMax")), param(params, r.field("costShape"))));
        }
        List<GroupRow> groupRows = new ArrayList<>();
        for (int g = 0; params.containsKey("g." + g + ".name"); g++) {
            groupRows.add(new GroupRow(g, param(params, "g." + g + ".name"), param(params, "g." + g + ".coefficient")));
        }
        List<EventRow> eventRows = new ArrayList<>();
        for (EventRow r : shown.events) {
            List<Long> tasks = new ArrayList<>();
            for (String id : params.getOrDefault(r.field("tasks"), List.of())) {
                tasks.add(parseLong(id));
            }
            eventRows.add(new EventRow(r.riskId(), r.code(), r.title(), r.probabilityScore(), params.containsKey(r.field("modelled")),
                    param(params, r.field("probability")), param(params, r.field("durationMin")),
                    param(params, r.field("durationMostLikely")), param(params, r.field("durationMax")),
                    param(params, r.field("durationShape")), param(params, r.field("costMin")), param(params, r.field("costMostLikely")),
                    param(params, r.field("costMax")), param(params, r.field("costShape")), tasks));
        }
        return new RiskModelForm(minutesPerDay, rows, groupRows, eventRows, shown.taskOptions);
    }

    /**
     * The model the form describes, or null if an input does not parse (each such input then has its message in
     * {@link #errors()}). A row with all three durations blank has no estimate; an unticked risk is no event.
     */
    QuantitativeRiskModel toModel() {
        estimateInputs.clear();
        eventInputs.clear();
        groupInputs.clear();
        List<CorrelationGroup> groupList = new ArrayList<>();
        for (GroupRow g : groups) {
            if (g.name().isBlank() && g.coefficient().isBlank()) {
                continue;
            }
            groupInputs.add(g.field(""));
            groupList.add(new CorrelationGroup(g.name().strip(), decimal(g.field("coefficient"), g.coefficient(), 1)));
        }
        List<Estimate> estimateList = new ArrayList<>();
        for (EstimateRow r : estimates) {
            if (r.min().isBlank() && r.mostLikely().isBlank() && r.max().isBlank()) {
                if (!(r.costMin().isBlank() && r.costMostLikely().isBlank() && r.costMax().isBlank())) {
                    errors.put(r.field("min"), "A cost range needs a duration estimate too: enter min, most likely and max.");
                }
                continue;
            }
            boolean percent = !DAYS.equals(r.unit());
            double scale = percent ? 1 : minutesPerDay;
            estimateInputs.add(r.field(""));
            estimateList.add(new Estimate(r.taskId(), percent ? Unit.PERCENT_OF_DURATION : Unit.WORKING_MINUTES,
                    decimal(r.field("min"), r.min(), scale), decimal(r.field("mostLikely"), r.mostLikely(), scale),
                    decimal(r.field("max"), r.max(), scale), shape(r.field("shape"), r.shape()),
                    r.group().isBlank() ? null : r.group(), money(r.field("costMin"), r.costMin()),
                    money(r.field("costMostLikely"), r.costMostLikely()), money(r.field("costMax"), r.costMax()),
                    r.costMin().isBlank() ? null : shape(r.field("costShape"), r.costShape())));
        }
        List<RiskEvent> eventList = new ArrayList<>();
        for (EventRow r : events) {
            if (!r.modelled()) {
                continue;
            }
            Double p = decimal(r.field("probability"), r.probability(), 0.01);
            eventInputs.add(r.field(""));
            eventList.add(new RiskEvent(r.riskId(), p, decimal(r.field("durationMin"), r.durationMin(), minutesPerDay),
                    decimal(r.field("durationMostLikely"), r.durationMostLikely(), minutesPerDay),
                    decimal(r.field("durationMax"), r.durationMax(), minutesPerDay), shape(r.field("durationShape"), r.durationShape()),
                    money(r.field("costMin"), r.costMin()), money(r.field("costMostLikely"), r.costMostLikely()),
                    money(r.field("costMax"), r.costMax()), r.costMin().isBlank() ? null : shape(r.field("costShape"), r.costShape()),
                    r.tasks()));
        }
        return errors.isEmpty() ? new QuantitativeRiskModel(estimateList, groupList, eventList) : null;
    }

    /**
     * The input a field path of the domain names ({@code estimates[3].max}, {@code riskEvents[0].taskIds[1]}), for a
     * model built by the last {@link #toModel()}; the path itself if it names no row.
     */
    String formField(String domainField) {
        Matcher m = DOMAIN_FIELD.matcher(domainField == null ? "" : domainField);
        if (!m.matches()) {
            return domainField;
        }
        int i = Integer.parseInt(m.group(2));
        List<String> inputs = switch (m.group(1)) {
            case "estimates" -> estimateInputs;
            case "riskEvents" -> eventInputs;
            default -> groupInputs;
        };
        if (i >= inputs.size()) {
            return domainField;
        }
        String input = switch (m.group(3)) {
            case "taskIds" -> "tasks";
            case "correlationGroup" -> "group";
            case "distribution" -> "shape";
            case "unit", "taskId", "riskId" -> "min";
            default -> m.group(3);
        };
        return inputs.get(i) + input;
    }

    public List<EstimateRow> estimates() {
        return estimates;
    }

    public List<GroupRow> groups() {
        return groups;
    }

    public List<EventRow> events() {
        return events;
    }

    public List<TaskOption> taskOptions() {
        return taskOptions;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public int minutesPerDay() {
        return minutesPerDay;
    }

    /** Working hours in a day of the project's calendar, as shown (8, 7.5). */
    public String hoursPerDay() {
        return number(minutesPerDay / 60.0);
    }

    /** How many leaf tasks have an estimate in the form as it stands. */
    public long estimated() {
        return estimates.stream().filter(r -> !r.min().isBlank()).count();
    }

    /** The names of the groups an estimate may join (the non-blank group rows). */
    public List<String> groupNames() {
        return groups.stream().map(GroupRow::name).filter(n -> !n.isBlank()).toList();
    }

    /** A shape's name as the page shows it. */
    public static String shapeLabel(String shape) {
        return shape.equals(DistributionShape.BETA_PERT.name()) ? "Beta-PERT" : shape.charAt(0) + shape.substring(1).toLowerCase(Locale.ROOT);
    }

    public static List<String> shapes() {
        return java.util.Arrays.stream(DistributionShape.values()).map(Enum::name).toList();
    }

    private static List<TaskOption> options(WorkBreakdown wbs) {
        List<TaskOption> options = new ArrayList<>();
        for (Task t : wbs.outline()) {
            if (!t.summary()) {
                options.add(new TaskOption(t.id(), wbs.wbsCode(t) + " " + t.name()));
            }
        }
        return options;
    }

    private Double decimal(String field, String text, double scale) {
        if (text.isBlank()) {
            errors.put(field, "Enter a number.");
            return null;
        }
        try {
            return Double.parseDouble(text.strip().replace(',', '.')) * scale;
        } catch (NumberFormatException e) {
            errors.put(field, "'" + text.strip() + "' is not a number.");
            return null;
        }
    }

    private BigDecimal money(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "'" + text.strip() + "' is not an amount.");
            return null;
        }
    }

    private DistributionShape shape(String field, String text) {
        try {
            return DistributionShape.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.put(field, "Choose one of " + String.join(", ", shapes()) + ".");
            return null;
        }
    }

    private static String param(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v;
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String value(Double v, boolean percent, int minutesPerDay) {
        return percent ? number(v) : days(v, minutesPerDay);
    }

    private static String days(double minutes, int minutesPerDay) {
        return number(minutes / minutesPerDay);
    }

    private static String days(Double minutes, int minutesPerDay) {
        return minutes == null ? "" : days(minutes.doubleValue(), minutesPerDay);
    }

    /** A number as an input shows it: up to three decimals, no trailing zeros. */
    static String number(Double v) {
        if (v == null) {
            return "";
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.3f", v)).stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
