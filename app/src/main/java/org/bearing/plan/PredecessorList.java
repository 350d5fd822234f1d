package org.bearing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bearing.platform.InvalidFieldException;

/**
 * A task's predecessors written as in MS Project's Predecessors column: comma- (or semicolon-) separated entries
 * {@code ROW[TYPE][±LAG]}, where ROW is the predecessor's row number in the task sheet (MS Project's ID), TYPE is
 * FS (the default), SS, FF or SF, and LAG is a {@link DurationText} quantity ({@code +2d}, {@code -4h}, {@code +3ed})
 * or a percentage of the predecessor's duration ({@code +50%}). Examples: {@code 3}, {@code 3FS+2d}, {@code 5SS-1d},
 * {@code 2FF}, {@code 7SF+50%}. A negative lag is a lead.
 *
 * @param entries the predecessors, in the order typed
 */
public record PredecessorList(List<Predecessor> entries) {
    private static final Pattern ENTRY = Pattern.compile("(\\d+)\\s*(fs|ss|ff|sf)?\\s*(?:([+-])\\s*(\\d+(?:[.,]\\d+)?)\\s*(%|[a-z]*))?");

    public PredecessorList {
        entries = List.copyOf(entries);
    }

    /** One predecessor: the task in grid row {@code row}, the link type and the lag. */
    public record Predecessor(int row, long taskId, DependencyType type, Lag lag) {
    }

    /**
     * Reads the text a user typed. An empty text means no predecessors.
     *
     * @param taskIdByRow the task sheet's row numbers (from 1, in outline order) and the task in each
     * @throws InvalidFieldException on field {@code predecessors}, naming the token that is malformed, refers to a row
     *                               that does not exist, repeats a row or has a lag out of range
     */
    public static PredecessorList parse(String text, Map<Integer, Long> taskIdByRow, TimeUnits units) {
        List<Predecessor> entries = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        if (text == null || text.isBlank()) {
            return new PredecessorList(entries);
        }
        for (String raw : text.split("[,;]", -1)) {
            String token = raw.strip();
            if (token.isEmpty()) {
                throw new InvalidFieldException("predecessors", "An entry between commas is empty in '" + text.strip() + "'");
            }
            Matcher m = ENTRY.matcher(token.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new InvalidFieldException("predecessors", "'" + token + "' is not a predecessor; write a row number, a type "
                        + "and a lag, such as 3, 3FS+2d, 5SS-1d, 2FF or 7SF+50%");
            }
            int row;
            try {
                row = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                throw new InvalidFieldException("predecessors", "'" + token + "': there is no row " + m.group(1));
            }
            Long taskId = taskIdByRow.get(row);
            if (taskId == null) {
                throw new InvalidFieldException("predecessors", "'" + token + "': there is no row " + row);
            }
            if (!seen.add(row)) {
                throw new InvalidFieldException("predecessors", "'" + token + "': row " + row + " is listed twice");
            }
            DependencyType type = m.group(2) == null ? DependencyType.FS : DependencyType.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            Lag lag = m.group(3) == null ? Lag.NONE : lag(m.group(3), m.group(4), m.group(5), units, token);
            String problem = lag.rangeProblem();
            if (problem != null) {
                throw new InvalidFieldException("predecessors", "'" + token + "': " + problem);
            }
            entries.add(new Predecessor(row, taskId, type, lag));
        }
        return new PredecessorList(entries);
    }

    private static Lag lag(String sign, String number, String unit, TimeUnits units, String token) {
        if (unit.equals("%")) {
            if (!number.matches("\\d+")) {
                throw new InvalidFieldException("predecessors", "'" + token + "': a percentage lag is a whole number, such as +50%");
            }
            long percent = Long.parseLong(number);
            return new Lag("-".equals(sign) ? -percent : percent, LagUnit.PERCENT);
        }
        DurationText.Quantity q = DurationText.parseSigned(sign, number, unit, units, "predecessors", token);
        return new Lag(q.minutes(), q.elapsed() ? LagUnit.ELAPSED_MINUTES : LagUnit.WORKING_MINUTES);
    }

    /**
     * Writes a task's predecessors as MS Project shows them, ordered by row: the type only when it is not FS or a
     * lag follows, the lag only when it is not zero ({@code 3}, {@code 3FS+2d}, {@code 5SS}).
     *
     * @param links       the dependencies whose successor is the task
     * @param rowByTaskId every task's row number in the task sheet
     */
    public static String format(List<Dependency> links, Map<Long, Integer> rowByTaskId, TimeUnits units) {
        List<String> parts = new ArrayList<>();
        links.stream().filter(d -> rowByTaskId.containsKey(d.predecessorId()))
                .sorted(Comparator.comparingInt(d -> rowByTaskId.get(d.predecessorId())))
                .forEach(d -> parts.add(entry(rowByTaskId.get(d.predecessorId()), d.type(), d.lag(), units)));
        return String.join(",", parts);
    }

    /** This list written back in the task sheet's syntax. */
    public String format(TimeUnits units) {
        List<String> parts = new ArrayList<>();
        entries.forEach(p -> parts.add(entry(p.row(), p.type(), p.lag(), units)));
        return String.join(",", parts);
    }

    private static String entry(int row, DependencyType type, Lag lag, TimeUnits units) {
        if (lag.amount() == 0) {
            return type == DependencyType.FS ? String.valueOf(row) : row + type.name();
        }
        String amount = switch (lag.unit()) {
            case PERCENT -> Math.abs(lag.amount()) + "%";
            case ELAPSED_MINUTES -> DurationText.formatElapsed(Math.abs(lag.amount()));
            case WORKING_MINUTES -> DurationText.format(Math.abs(lag.amount()), units);
        };
        return row + type.name() + (lag.amount() < 0 ? "-" : "+") + amount;
    }
}
