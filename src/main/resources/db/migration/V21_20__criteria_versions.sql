-- criteria: scorecards in versions. A published scorecard (a row of criteria_scorecard) is never changed: a change
-- is a new version of its product set (code "<set>.v<n>"), which applies to sessions opened after its publication.
alter table criteria_scorecard add column product_set_code varchar(32);
alter table criteria_scorecard add column version integer default 1 not null;
alter table criteria_scorecard add column origin varchar(16) default 'SHIPPED' not null;
alter table criteria_scorecard add column first_used_at timestamp(6) with time zone;
update criteria_scorecard set origin = 'UPLOADED' where loaded_by <> 'system';
create index criteria_scorecard_set_idx on criteria_scorecard (product_set_code, version);
