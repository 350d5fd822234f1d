-- Replacing a project's plan from an updated schedule file is two steps: a preview of the differences, then apply.
-- The pending preview lives here (not in a session) so that apply works on any app node: the uploaded file itself
-- (re-read on apply, so the plan gets exactly what the preview showed), the plan's fingerprint when the preview was
-- computed (apply is refused when the plan changed since), the differences shown, and when the preview expires.
-- The task's external_id (V1) holds the file's unique id of each imported task, to match the next file against.
create table import_preview (
    id               varchar(36) primary key,
    project_id       bigint not null references project (id) on delete cascade,
    file_name        varchar(400) not null,
    content          bytea not null,
    plan_fingerprint varchar(64) not null,
    differences      text not null,
    created_by       varchar(200),
    created_at       timestamp not null,
    expires_at       timestamp not null
);
create index import_preview_expiry_ix on import_preview (expires_at);
create index task_external_id_ix on task (project_id, external_id);
