-- How each task earns its budget (issue 6): the earned value method (the engine's EvMethod names), the physical
-- % complete its owner assessed (what PHYSICAL_PERCENT earns, as MS Project's Physical % Complete) and the weighted
-- milestone steps WEIGHTED_MILESTONES earns by, one per line as "achieved<TAB>weight<TAB>name" (read with the task).
alter table task add column ev_method varchar(24) default 'PERCENT_COMPLETE' not null;
alter table task add column physical_percent_complete numeric(5, 2) default 0 not null;
alter table task add column ev_milestones varchar(20000);
alter table task add constraint task_ev_method_ck
    check (ev_method in ('PERCENT_COMPLETE', 'ZERO_HUNDRED', 'FIFTY_FIFTY', 'WEIGHTED_MILESTONES', 'PHYSICAL_PERCENT'));
alter table task add constraint task_physical_percent_ck check (physical_percent_complete between 0 and 100);
