package org.bearing.risk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hands out the numbers behind risk and issue codes (R-004, I-012) from a per-register counter in
 * {@code register_number}. Numbers only rise: deleting R-003 does not make 3 free again, because a code quoted in
 * minutes or a steering deck must keep pointing at the risk it named. The counter row is locked by its update until
 * the writing transaction ends, so two writers never take the same number.
 */
@Repository
class RegisterNumbers {
    /** The register a number belongs to; a project has one of each, a program only risks. */
    enum Register {
        RISK("risk"), ISSUE("issue");

        private final String table;

        Register(String table) {
            this.table = table;
        }
    }

    /** Whose register it is: the column that holds the owner's id in {@code register_number} and in the register's table. */
    enum Owner {
        PROJECT("project_id"), PROGRAM("program_id");

        private final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    RegisterNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the owner's register, one above the last one ever handed out. */
    int next(Register register, Owner owner, long ownerId) {
        String where = " where " + owner.column + " = ? and register = ?";
        int rows = jdbc.sql("update register_number set last_number = last_number + 1" + where).params(ownerId, register.name()).update();
        if (rows == 1) {
            return jdbc.sql("select last_number from register_number" + where).params(ownerId, register.name()).query(Integer.class).single();
        }
        // First number of this register: start above anything already in the table (rows written before the counter existed).
        int first = jdbc.sql("select coalesce(max(number), 0) + 1 from " + register.table + " where " + owner.column + " = ?")
                .param(ownerId).query(Integer.class).single();
        jdbc.sql("insert into register_number (" + owner.column + ", register, last_number) values (?, ?, ?)")
                .params(ownerId, register.name(), first).update();
        return first;
    }
}
