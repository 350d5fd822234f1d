-- The enterprise Standard calendar: Monday to Friday, 08:00-12:00 and 13:00-17:00, as in MS Project.
insert into work_calendar (project_id, name, base_calendar_id, minutes_per_day, minutes_per_week, days_per_month)
values (null, 'Standard', null, 480, 2400, 20);

insert into work_calendar_day (calendar_id, day_of_week, mode, periods)
select id, d.dow, case when d.dow <= 5 then 'WORKING' else 'NONWORKING' end,
       case when d.dow <= 5 then '08:00-12:00,13:00-17:00' else '' end
from work_calendar,
     (select 1 as dow union all select 2 union all select 3 union all select 4 union all select 5
      union all select 6 union all select 7) d
where name = 'Standard' and project_id is null;
