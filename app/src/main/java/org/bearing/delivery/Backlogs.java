package org.bearing.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bearing.delivery.persistence.BacklogStore;
import org.bearing.plan.Projects;
import org.bearing.platform.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's sprints and backlog items: recording them (an issue tracker's import does, inside its own transaction)
 * and reading them back grouped by sprint with story-point totals.
 */
@Service
public class Backlogs {
    private static final Set<String> CATEGORIES = Set.of("TO_DO", "IN_PROGRESS", "DONE");

    private final BacklogStore store;
    private final Projects projects;

    Backlogs(BacklogStore store, Projects projects) {
        this.store = store;
        this.projects = projects;
    }

    /**
     * Adds sprints and the items planned in them to a project. Joins the caller's transaction (an import), so a
     * refused item leaves nothing of the import behind.
     *
     * @throws InvalidFieldException naming the item when it repeats a key, names an unknown sprint or is out of range
     */
    @Transactional
    public void record(long projectId, List<SprintDraft> sprints, List<BacklogItemDraft> items) {
        projects.get(projectId);
        int position = store.sprints(projectId).size();
        Map<String, Long> sprintIds = new HashMap<>();
        store.sprints(projectId).forEach(s -> sprintIds.put(s.name().toLowerCase(Locale.ROOT), s.id()));
        for (SprintDraft s : sprints) {
            String name = s.name() == null ? "" : s.name().strip();
            if (name.isEmpty() || name.length() > 200) {
                throw new InvalidFieldException("sprint", "A sprint needs a name of 1 to 200 characters: '" + name + "'");
            }
            if (sprintIds.containsKey(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            SprintDraft clean = new SprintDraft(name, clip(s.state(), 20), s.start(), s.finish());
            sprintIds.put(name.toLowerCase(Locale.ROOT), store.insertSprint(projectId, clean, position++));
        }
        Set<String> keys = new HashSet<>();
        for (BacklogItemDraft d : items) {
            if (d.sourceKey() == null || d.sourceKey().isBlank() || d.sourceKey().length() > 100) {
                throw new InvalidFieldException("sourceKey", "A backlog item needs a key of 1 to 100 characters");
            }
            if (!keys.add(d.sourceSystem() + "\n" + d.sourceKey()) || store.hasItem(projectId, d.sourceSystem(), d.sourceKey())) {
                throw new InvalidFieldException("sourceKey", d.sourceSystem() + " item " + d.sourceKey() + " is already on the backlog");
            }
            if (!CATEGORIES.contains(d.statusCategory())) {
                throw new InvalidFieldException("statusCategory", d.sourceKey() + ": status category must be TO_DO, IN_PROGRESS or DONE");
            }
            if (d.storyPoints() != null && (d.storyPoints().signum() < 0 || d.storyPoints().compareTo(BigDecimal.valueOf(9_999_999)) > 0)) {
                throw new InvalidFieldException("storyPoints", d.sourceKey() + ": story points must be from 0 to 9,999,999");
            }
            Long sprint = null;
            if (d.sprint() != null) {
                sprint = sprintIds.get(d.sprint().strip().toLowerCase(Locale.ROOT));
                if (sprint == null) {
                    throw new InvalidFieldException("sprint", d.sourceKey() + " is planned in sprint '" + d.sprint() + "', which does not exist");
                }
            }
            store.insertItem(projectId, new BacklogItemDraft(d.taskId(), clip(d.sourceSystem(), 40), d.sourceKey().strip(), clip(d.type(), 60),
                    clip(d.summary(), 1000), clip(d.status(), 100), d.statusCategory(), d.storyPoints(), d.sprint(), clip(d.assignee(), 200),
                    clip(d.epicKey(), 100), d.rank()), sprint);
        }
    }

    /**
     * The project's backlog: each sprint in order with its items by rank, then the items in no sprint.
     *
     * @throws org.bearing.platform.NotFoundException when the project does not exist
     */
    @Transactional(readOnly = true)
    public Backlog backlog(long projectId) {
        projects.get(projectId);
        Map<Long, List<BacklogItem>> bySprint = new LinkedHashMap<>();
        List<Sprint> sprints = store.sprints(projectId);
        sprints.forEach(s -> bySprint.put(s.id(), new ArrayList<>()));
        List<BacklogItem> unplanned = new ArrayList<>();
        List<BacklogItem> all = store.items(projectId);
        for (BacklogItem i : all) {
            (i.sprintId() == null ? unplanned : bySprint.get(i.sprintId())).add(i);
        }
        List<Backlog.SprintItems> groups = new ArrayList<>();
        for (Sprint s : sprints) {
            groups.add(group(s, bySprint.get(s.id())));
        }
        if (!unplanned.isEmpty()) {
            groups.add(group(null, unplanned));
        }
        return new Backlog(projectId, groups, points(all, false), points(all, true), all.size());
    }

    private static Backlog.SprintItems group(Sprint s, List<BacklogItem> items) {
        return new Backlog.SprintItems(s, items, points(items, false), points(items, true));
    }

    private static BigDecimal points(List<BacklogItem> items, boolean doneOnly) {
        BigDecimal sum = items.stream().filter(i -> !doneOnly || i.done()).map(BacklogItem::storyPoints).filter(p -> p != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return plain(sum);
    }

    /** Without trailing zeros, but never in exponent form (10, not 1E+1). */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String clip(String s, int max) {
        return s == null || s.isBlank() ? null : s.length() > max ? s.substring(0, max) : s.strip();
    }
}
