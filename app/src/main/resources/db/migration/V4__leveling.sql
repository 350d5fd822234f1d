-- Leveling delays recorded by resource leveling (MS Project's Leveling Delay), owned by the schedule module.
-- Working minutes of the task's calendar; cleared with "clear leveling", kept across later plan edits.
create table task_leveling (
    task_id       bigint primary key references task (id) on delete cascade,
    project_id    bigint not null references project (id) on delete cascade,
    delay_minutes bigint not null,
    leveled_at    timestamp not null
);
create index task_leveling_project_ix on task_leveling (project_id);
