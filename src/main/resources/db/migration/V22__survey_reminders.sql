-- The reminders an organisation's representatives were sent about an answer: before the deadline and after it.
alter table survey_answer add column reminded_before boolean default false not null;
alter table survey_answer add column reminded_after boolean default false not null;
