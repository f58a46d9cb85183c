-- The day a normative document entered (or enters) into force: the effective day of the act that approved it, or
-- the day of the OMB's decision when it cites no act. The registry lists, orders and filters by year on this day.
-- Documents already in force take it from their act, or else from the day (Bishkek) their status changed.

alter table normative_document add column in_force_since date;

update normative_document set in_force_since =
    (select a.effective_on from legal_act a where a.id = normative_document.in_force_act_id)
 where in_force_act_id is not null;

-- the day is read from the text of the Bishkek time: H2 would cast a time with its zone to the JVM's day instead
update normative_document set in_force_since =
    (select cast(substring(cast(min(t.occurred_at) at time zone 'Asia/Bishkek' as varchar(40)) from 1 for 10) as date)
       from document_transition t
      where t.document_id = normative_document.id and t.to_status = 'IN_FORCE')
 where in_force_since is null;

create index normative_document_by_in_force_since on normative_document (in_force_since);
