-- The product dossier's type and filing date, from which the regulation of its evaluation is chosen
-- (26/2026/QĐ-TTg Điều 12); renewal_filed marks a re-evaluation or upgrade filed for a recognised product and not
-- yet put before a council.
alter table registry_product add column dossier_type varchar(16);
alter table registry_product add column filed_on date;
alter table registry_product add column renewal_filed boolean default false not null;

update registry_product set dossier_type = 'FIRST', filed_on = cast(status_changed_at as date)
 where status in ('SUBMITTED', 'UNDER_EVALUATION', 'RATED', 'NOT_RATED', 'CERTIFIED', 'EXPIRED', 'REVOKED');
update registry_product set filed_on = cast(concat(cast(cycle_year as varchar(4)), '-12-31') as date)
 where filed_on is not null and extract(year from filed_on) > cycle_year;
