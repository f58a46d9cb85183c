-- A round whose owner decided to publish its summary on the portal: aggregates only, never one organisation's figures.
alter table survey_round add column published boolean default false not null;
