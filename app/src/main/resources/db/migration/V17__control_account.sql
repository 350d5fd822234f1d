-- Control accounts: WBS elements where scope, budget, schedule and actual cost are planned and measured together,
-- each with its control account manager (CAM). Control accounts do not nest (see ControlAccounts).
create table control_account (
    task_id    bigint primary key references task (id) on delete cascade,
    project_id bigint not null references project (id) on delete cascade,
    manager    varchar(200) not null
);
create index control_account_project on control_account (project_id);
