-- Account administration. A disabled account keeps its rows (its name stays on the entries it submitted or
-- approved) but can neither sign in nor use its API tokens. Usernames are unique regardless of case: username_key
-- is the lower-case username, kept by the application (H2 and PostgreSQL differ on expression indexes).
alter table app_user add column enabled boolean default true not null;
alter table app_user add column username_key varchar(100);
update app_user set username_key = lower(username);
alter table app_user alter column username_key set not null;
alter table app_user add constraint app_user_username_key_uk unique (username_key);
