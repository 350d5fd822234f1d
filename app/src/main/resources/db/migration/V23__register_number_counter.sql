-- The last number handed out per register (a project's risks, a program's risks, a project's issues), so that a
-- deleted R-003 or I-003 is never issued again: codes are quoted in minutes, e-mails and steering decks, and a reused
-- code would make an old reference point at a different risk. Portable SQL (H2 2.x and PostgreSQL).
create table register_number (
    project_id  bigint references project (id) on delete cascade,
    program_id  bigint references program (id) on delete cascade,
    register    varchar(16) not null,
    last_number integer not null,
    constraint register_number_owner_ck check ((project_id is null) <> (program_id is null))
);
create unique index register_number_project_uk on register_number (project_id, register);
create unique index register_number_program_uk on register_number (program_id, register);

-- Start from the highest number in use, as numbering did before this table existed.
insert into register_number (project_id, program_id, register, last_number)
    select project_id, null, 'RISK', max(number) from risk where project_id is not null group by project_id;
insert into register_number (project_id, program_id, register, last_number)
    select null, program_id, 'RISK', max(number) from risk where program_id is not null group by program_id;
insert into register_number (project_id, program_id, register, last_number)
    select project_id, null, 'ISSUE', max(number) from issue group by project_id;
