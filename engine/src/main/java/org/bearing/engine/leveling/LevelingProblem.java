package org.bearing.engine.leveling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable resource-leveling problem: tasks with integer durations (time units, e.g. working periods),
 * dependencies FS/SS/FF/SF with lags, renewable resources with a constant capacity per period, per-task demands
 * (units of a resource used in every period the task runs), leveling priorities and release dates.
 *
 * <p>Tasks and resources are numbered from 0 in the order they were added. Data is kept in primitive arrays in
 * compressed rows (demands and dependencies of task i lie in {@code [rowStart[i], rowStart[i + 1])}) so that the
 * schedulers touch no objects in their inner loops. Build one with {@link #builder()}; {@link Builder#build()}
 * rejects demands above capacity and dependency cycles, so every problem it returns has a feasible schedule
 * when finish dates may move.
 */
public final class LevelingProblem {

    /** Priority of a task that states none; MS Project's default. Higher priority is leveled first. */
    public static final int DEFAULT_PRIORITY = 500;

    final String[] taskNames;
    final int[] duration;
    final int[] priority;
    final int[] release;
    final String[] resourceNames;
    final int[] capacity;
    final int[] demandStart;
    final int[] demandResource;
    final int[] demandAmount;
    final int[] depPredecessor;
    final int[] depSuccessor;
    final DependencyType[] depType;
    final int[] depLag;

    private LevelingProblem(Builder b) {
        int n = b.taskNames.size();
        taskNames = b.taskNames.toArray(String[]::new);
        duration = Arrays.copyOf(b.duration, n);
        priority = Arrays.copyOf(b.priority, n);
        release = Arrays.copyOf(b.release, n);
        resourceNames = b.resourceNames.toArray(String[]::new);
        capacity = b.capacity.stream().mapToInt(Integer::intValue).toArray();
        demandStart = new int[n + 1];
        for (long d : b.demands) {
            demandStart[(int) (d >>> 40) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            demandStart[i + 1] += demandStart[i];
        }
        demandResource = new int[b.demands.size()];
        demandAmount = new int[b.demands.size()];
        int[] fill = Arrays.copyOf(demandStart, n);
        for (long d : b.demands) {
            int task = (int) (d >>> 40);
            int at = fill[task]++;
            demandResource[at] = (int) ((d >>> 24) & 0xFFFF);
            demandAmount[at] = (int) (d & 0xFFFFFF);
        }
        int m = b.dependencies.size();
        depPredecessor = new int[m];
        depSuccessor = new int[m];
        depType = new DependencyType[m];
        depLag = new int[m];
        for (int k = 0; k < m; k++) {
            Builder.Dep d = b.dependencies.get(k);
            depPredecessor[k] = d.predecessor;
            depSuccessor[k] = d.successor;
            depType[k] = d.type;
            depLag[k] = d.lag;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public int taskCount() {
        return duration.length;
    }

    public int resourceCount() {
        return capacity.length;
    }

    public int dependencyCount() {
        return depPredecessor.length;
    }

    public String taskName(int task) {
        return taskNames[task];
    }

    public String resourceName(int resource) {
        return resourceNames[resource];
    }

    /** Duration of the task in time units. */
    public int duration(int task) {
        return duration[task];
    }

    public int priority(int task) {
        return priority[task];
    }

    /** Earliest allowed start of the task, in time units from the project start (0 = none). */
    public int releaseDate(int task) {
        return release[task];
    }

    /** Units of the resource available in every period. */
    public int capacity(int resource) {
        return capacity[resource];
    }

    /** Units of {@code resource} that {@code task} uses in each period it runs (0 if none). */
    public int demand(int task, int resource) {
        for (int k = demandStart[task]; k < demandStart[task + 1]; k++) {
            if (demandResource[k] == resource) {
                return demandAmount[k];
            }
        }
        return 0;
    }

    public int dependencyPredecessor(int dependency) {
        return depPredecessor[dependency];
    }

    public int dependencySuccessor(int dependency) {
        return depSuccessor[dependency];
    }

    public DependencyType dependencyType(int dependency) {
        return depType[dependency];
    }

    public int dependencyLag(int dependency) {
        return depLag[dependency];
    }

    /** Builds a {@link LevelingProblem}; every method names the offending task or resource when it rejects input. */
    public static final class Builder {
        private record Dep(int predecessor, int successor, DependencyType type, int lag) {
        }

        private final List<String> taskNames = new ArrayList<>();
        private int[] duration = new int[16];
        private int[] priority = new int[16];
        private int[] release = new int[16];
        private final List<String> resourceNames = new ArrayList<>();
        private final List<Integer> capacity = new ArrayList<>();
        /** task (24 bits) << 40 | resource (16 bits) << 24 | amount (24 bits). */
        private final List<Long> demands = new ArrayList<>();
        private final List<Dep> dependencies = new ArrayList<>();

        private Builder() {
        }

        /** Adds a renewable resource with {@code capacity} units per period and returns its number. */
        public int resource(String name, int capacity) {
            if (capacity < 0 || capacity > 0xFFFFFF) {
                throw new IllegalArgumentException("Resource '" + name + "' has capacity " + capacity + "; it must be 0.." + 0xFFFFFF);
            }
            if (resourceNames.size() == 0xFFFF) {
                throw new IllegalArgumentException("At most 65535 resources are supported");
            }
            resourceNames.add(name);
            this.capacity.add(capacity);
            return resourceNames.size() - 1;
        }

        /** Adds a task of {@code duration} time units with the default priority and returns its number. */
        public int task(String name, int duration) {
            if (duration < 0) {
                throw new IllegalArgumentException("Task '" + name + "' has negative duration " + duration);
            }
            int i = taskNames.size();
            if (i == this.duration.length) {
                this.duration = Arrays.copyOf(this.duration, i * 2);
                priority = Arrays.copyOf(priority, i * 2);
                release = Arrays.copyOf(release, i * 2);
            }
            taskNames.add(name);
            this.duration[i] = duration;
            priority[i] = DEFAULT_PRIORITY;
            return i;
        }


        /** Sets the leveling priority (higher is leveled first, i.e. keeps its dates); MS Project uses 0..1000. */
        public Builder priority(int task, int priority) {
            checkTask(task);
            this.priority[task] = priority;
            return this;
        }

        /** The task may not start before {@code date} time units after the project start ("start no earlier than"). */
        public Builder releaseDate(int task, int date) {
            checkTask(task);
            if (date < 0) {
                throw new IllegalArgumentException("Task '" + taskNames.get(task) + "' has negative release date " + date);
            }
            release[task] = date;
            return this;
        }

        /** The task uses {@code amount} units of {@code resource} in every period it runs. */
        public Builder demand(int task, int resource, int amount) {
            checkTask(task);
            if (resource < 0 || resource >= resourceNames.size()) {
                throw new IllegalArgumentException("Task '" + taskNames.get(task) + "' demands unknown resource #" + resource);
            }
            if (amount < 0) {
                throw new IllegalArgumentException("Task '" + taskNames.get(task) + "' demands negative amount " + amount
                        + " of '" + resourceNames.get(resource) + "'");
            }
            if (amount > capacity.get(resource) && duration[task] > 0) {
                throw new IllegalArgumentException("Task '" + taskNames.get(task) + "' needs " + amount + " of '"
                        + resourceNames.get(resource) + "' but only " + capacity.get(resource) + " are available per period");
            }
            if (amount > 0) {
                demands.add(((long) task << 40) | ((long) resource << 24) | amount);
            }
            return this;
        }

        /** A finish-to-start dependency without lag. */
        public Builder finishToStart(int predecessor, int successor) {
            return dependency(predecessor, successor, DependencyType.FINISH_TO_START, 0);
        }

        public Builder dependency(int predecessor, int successor, DependencyType type, int lag) {
            checkTask(predecessor);
            checkTask(successor);
            if (predecessor == successor) {
                throw new IllegalArgumentException("Task '" + taskNames.get(predecessor) + "' depends on itself");
            }
            dependencies.add(new Dep(predecessor, successor, type, lag));
            return this;
        }

        private void checkTask(int task) {
            if (task < 0 || task >= taskNames.size()) {
                throw new IllegalArgumentException("Unknown task #" + task);
            }
        }

        /** Checks the dependencies form no cycle and returns the problem. */
        public LevelingProblem build() {
            rejectCycles();
            return new LevelingProblem(this);
        }

        private void rejectCycles() {
            int n = taskNames.size();
            int[] indegree = new int[n];
            List<List<Integer>> successors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                successors.add(new ArrayList<>());
            }
            for (Dep d : dependencies) {
                successors.get(d.predecessor).add(d.successor);
                indegree[d.successor]++;
            }
            ArrayDeque<Integer> ready = new ArrayDeque<>();
            for (int i = 0; i < n; i++) {
                if (indegree[i] == 0) {
                    ready.add(i);
                }
            }
            int seen = 0;
            while (!ready.isEmpty()) {
                int i = ready.poll();
                seen++;
                for (int s : successors.get(i)) {
                    if (--indegree[s] == 0) {
                        ready.add(s);
                    }
                }
            }
            if (seen < n) {
                List<String> onCycle = new ArrayList<>();
                for (int i = 0; i < n && onCycle.size() < 10; i++) {
                    if (indegree[i] > 0) {
                        onCycle.add(taskNames.get(i));
                    }
                }
                throw new IllegalArgumentException("The dependencies form a cycle; tasks on or after it include " + onCycle);
            }
        }
    }
}
