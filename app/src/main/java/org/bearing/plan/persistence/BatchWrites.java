package org.bearing.plan.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Many rows written with one prepared statement in JDBC batches: one round trip (and, with PostgreSQL's
 * {@code reWriteBatchedInserts}, one multi-row insert) per {@value #CHUNK} rows instead of one statement per row.
 * Values are bound exactly as {@code JdbcClient.params(...)} binds them, so a batch writes what single-row writes do.
 */
final class BatchWrites {
    /** Rows per {@code executeBatch}: large enough to amortise the round trip, small enough to bound driver memory. */
    static final int CHUNK = 1000;

    private BatchWrites() {
    }

    /**
     * Inserts {@code rows} in order and returns the identity each got, in the same order.
     *
     * @param insert an insert of one row into a table whose generated key column is {@code id}
     */
    static <T> List<Long> insertReturningIds(JdbcTemplate jdbc, String insert, List<T> rows, Function<T, Object[]> values) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.batchUpdate(con -> con.prepareStatement(insert, new String[] {"id"}), setter(chunk, values), keys);
            List<Map<String, Object>> generated = keys.getKeyList();
            if (generated.size() != chunk.size()) {
                // The drivers we run on (H2, PostgreSQL) return one key per batched row, in order; anything else
                // would pair rows with the wrong ids, so it stops the write (and the transaction) here.
                throw new IllegalStateException("The database returned " + generated.size() + " ids for " + chunk.size() + " rows");
            }
            for (Map<String, Object> key : generated) {
                ids.add(((Number) key.values().iterator().next()).longValue());
            }
        }
        return ids;
    }

    /** Runs {@code statement} (an insert or update) once per element of {@code rows}, in batches. */
    static <T> void update(JdbcTemplate jdbc, String statement, List<T> rows, Function<T, Object[]> values) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            jdbc.batchUpdate(statement, setter(rows.subList(from, Math.min(rows.size(), from + CHUNK)), values));
        }
    }

    private static <T> BatchPreparedStatementSetter setter(List<T> chunk, Function<T, Object[]> values) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                new ArgumentPreparedStatementSetter(values.apply(chunk.get(i))).setValues(ps);
            }

            @Override
            public int getBatchSize() {
                return chunk.size();
            }
        };
    }
}
