-- A plan task can answer a difficulty raised in a monthly report (issue 18): the report it came from.
alter table programme_task add column source_report_id uuid;
alter table programme_task add column source_report_month varchar(7);
create index programme_task_source_report on programme_task (source_report_id);
