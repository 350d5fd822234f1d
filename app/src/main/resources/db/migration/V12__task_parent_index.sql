-- Reading a project's tasks counts each task's children (TaskStore joins task to its parent_id counts). Without an
-- index on parent_id that count scans the whole task table once per task: quadratic, seconds for a 10,000-task
-- import. With it, each count is an index lookup.
create index task_parent_ix on task (parent_id);
