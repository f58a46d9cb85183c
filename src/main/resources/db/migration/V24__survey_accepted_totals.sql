-- The sums of each round's accepted answers, kept as answers are accepted or leave that state, so that a round is
-- consolidated from its totals instead of from every figure of every answer: per round, specialty, level and figure,
-- the sum and the number of accepted answers that gave it; per accepted answer, the sum of each figure.
create table survey_round_total (
    round_id       bigint      not null references survey_round (id),
    specialty_code varchar(16) not null,
    level_code     varchar(40) not null,
    column_code    varchar(40) not null,
    amount         bigint      not null,
    answers        integer     not null,
    primary key (round_id, specialty_code, level_code, column_code)
);

create table survey_answer_total (
    answer_id   bigint      not null references survey_answer (id),
    column_code varchar(40) not null,
    amount      bigint      not null,
    primary key (answer_id, column_code)
);

insert into survey_round_total (round_id, specialty_code, level_code, column_code, amount, answers)
select a.round_id, c.specialty_code, c.level_code, c.column_code, sum(c.amount), count(*)
from survey_answer_cell c join survey_answer a on a.id = c.answer_id
where a.status = 'ACCEPTED'
group by a.round_id, c.specialty_code, c.level_code, c.column_code;

insert into survey_answer_total (answer_id, column_code, amount)
select c.answer_id, c.column_code, sum(c.amount)
from survey_answer_cell c join survey_answer a on a.id = c.answer_id
where a.status = 'ACCEPTED'
group by c.answer_id, c.column_code;
