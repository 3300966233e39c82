-- Council procedure recorded, not inferred (issue 14): each council's operating rules (quorum, spread threshold,
-- re-scoring) with the national defaults, copied onto every session when it opens; the attendance of each session's
-- meeting; per product the case of "one of two cases" criteria, the check of the scorecard's disqualifiers, the
-- chair's record of the council's agreed answers on criteria with star minimums and of a divergence's outcome.
alter table evaluation_council add column quorum_percent integer default 75 not null;
alter table evaluation_council add column chair_required boolean default true not null;
alter table evaluation_council add column spread_threshold integer default 10 not null;
alter table evaluation_council add column max_rescorings integer default 1 not null;

alter table evaluation_session add column quorum_percent integer default 75 not null;
alter table evaluation_session add column chair_required boolean default true not null;
alter table evaluation_session add column spread_threshold integer default 10 not null;
alter table evaluation_session add column max_rescorings integer default 1 not null;
alter table evaluation_session add column attendance_recorded_at timestamp(6) with time zone;
alter table evaluation_session add column attendance_recorded_by varchar(64);

create table evaluation_attendance (
    evaluation_id uuid         not null references evaluation_session (id),
    position      integer      not null,
    username      varchar(64)  not null,
    attendance    varchar(16)  not null,
    note          varchar(500),
    primary key (evaluation_id, position)
);

alter table evaluation_item add column applicable_case integer default 1 not null;
alter table evaluation_item add column disqualifiers_checked_at timestamp(6) with time zone;
alter table evaluation_item add column disqualifiers_checked_by varchar(64);
alter table evaluation_item add column disqualified boolean default false not null;
alter table evaluation_item add column disqualification_reason varchar(1000);
alter table evaluation_item add column agreed_answers varchar(4000);
alter table evaluation_item add column divergence_record varchar(2000);
alter table evaluation_item add column divergence_settled_by varchar(64);
alter table evaluation_item add column divergence_settled_at timestamp(6) with time zone;
