-- The file ids of a project's tasks are only ever read all at once (where project_id = ?), which the project's index
-- already serves; this index was written on every task insert and read by no query.
drop index task_external_id_ix;
