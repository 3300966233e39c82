-- The central council's minutes or result document (PDF or image) attached to its result by the provincial office:
-- the file's name, detected type, size and hash, where it is stored, and who attached it when.
alter table evaluation_central_result add column file_name varchar(200);
alter table evaluation_central_result add column content_type varchar(64);
alter table evaluation_central_result add column file_size bigint;
alter table evaluation_central_result add column sha256 varchar(64);
alter table evaluation_central_result add column storage_key varchar(300);
alter table evaluation_central_result add column uploaded_at timestamp with time zone;
alter table evaluation_central_result add column uploaded_by varchar(64);
