package org.bearing.plan.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 18, H2 only: drops the plan's indexes that repeat an index H2 made for a foreign key. H2 gives every
 * foreign key its own index on the key's column when the key is declared (PostgreSQL does not), so on H2
 * {@code task_parent_ix}, {@code dependency_project_ix}, {@code assignment_project_ix} and the project indexes of
 * {@code task_estimate}, {@code task_leveling} and {@code control_account} are second copies of an index the table
 * already has, and {@code task_project_ix} (project, parent, position) adds nothing to the
 * project key's index that a query of one project's tasks needs (it sorts at most the project's rows). Every row an
 * import writes updates every index of its table, and H2's commit walks every index entry again, so these cost
 * about a fifth of an import's database time while no query needs them. PostgreSQL keeps them: there they are the
 * only indexes on those columns.
 *
 * <p>A Java migration because it depends on the database; a Spring bean so that Spring Boot hands it to Flyway.
 */
@Component
class H2DuplicateIndexes implements JavaMigration {

    private static final List<String> DUPLICATES = List.of("task_parent_ix", "task_project_ix", "dependency_project_ix",
            "assignment_project_ix", "task_estimate_project_ix", "task_leveling_project_ix", "control_account_project");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18");
    }

    @Override
    public String getDescription() {
        return "h2 duplicate indexes";
    }

    @Override
    public Integer getChecksum() {
        return 18_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            for (String index : DUPLICATES) {
                s.execute("drop index " + index);
            }
        }
    }
}
