package org.bearing.workspace;

import java.util.List;
import org.bearing.plan.Project;
import org.bearing.schedule.TaskDrivers;

/**
 * The network page: the drawing and what it shows. {@code focus} is the task whose dependency map is drawn (null for
 * the whole network), with {@code drivers} explaining why it starts when it does.
 *
 * @param tasks every task a user can focus on, in outline order
 */
public record NetworkView(Project project, String svg, int boxes, int criticalBoxes, boolean summaries, Integer depth,
                          TaskDrivers drivers, List<Choice> tasks) {

    /** A task in the focus picker. */
    public record Choice(long id, String label, boolean selected) {
    }
}
