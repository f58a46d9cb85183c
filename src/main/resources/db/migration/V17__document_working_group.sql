-- The working group of an OMB (§15) whose participants draft a document with its chair, secretary and section
-- head; the group belongs to the association module and is kept without a foreign key.
alter table normative_document add column working_group_id bigint;
