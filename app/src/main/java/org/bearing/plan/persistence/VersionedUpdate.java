package org.bearing.plan.persistence;

import org.springframework.dao.OptimisticLockingFailureException;

/** Checks the row count of an {@code update ... where id = ? and version = ?}: zero rows means another writer won. */
final class VersionedUpdate {
    private VersionedUpdate() {
    }

    static void requireOne(int rows, String what, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException(what + " " + id + " was changed by someone else; read it again and retry");
        }
    }
}
