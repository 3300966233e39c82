-- Issue 14: decisions carry the level and authority that took them, the signature block as printed, and a
-- revocation its legal ground and the day it must reach the producer by; certificates keep the council's score
-- for the annex of the recognition decision.
alter table certification_decision add column issuing_level varchar(16);
alter table certification_decision add column unit_code varchar(16);
alter table certification_decision add column regulation_code varchar(32);
alter table certification_decision add column signer_capacity varchar(16);
alter table certification_decision add column signature_block varchar(300);
alter table certification_decision add column deciding_title varchar(300);
alter table certification_decision add column place varchar(100);
alter table certification_decision add column ground_code varchar(32);
alter table certification_decision add column ground_text varchar(500);
alter table certification_decision add column grounds_established_on date;
alter table certification_decision add column deliver_by date;
alter table certification_certificate add column score decimal(5,2);
