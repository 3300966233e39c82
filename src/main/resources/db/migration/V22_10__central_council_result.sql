-- The central council's (Hội đồng Trung ương) evaluation of a product the provincial council passed on with 90 points
-- or more (26/2026/QĐ-TTg Điều 7.4), recorded by the provincial office when it arrives: the Minister's 5★
-- recognition follows from it, or, below 5★, the province recognises on its result.
create table evaluation_central_result (
    id uuid primary key,
    product_id uuid not null,
    evaluation_id uuid not null,
    score numeric(5, 2) not null,
    proposed_stars integer not null,
    evaluated_on date not null,
    minutes_reference varchar(200) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64) not null,
    constraint uq_evaluation_central_result unique (evaluation_id, product_id)
);
create index ix_evaluation_central_result_product on evaluation_central_result (product_id);
