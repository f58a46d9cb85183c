-- Meetings (§23): a reminder before each meeting, sent once; absentee voting where the OMB's bylaws allow it (kept
-- beside the quorum rule): a vote open until a deadline for the members not present, each vote marked as cast
-- absentee, a reminder before the deadline, and whether the votes cast fell short of the quorum when it closed.
alter table meeting add column reminded_at timestamp with time zone;
alter table meeting_quorum_rule add column absentee_voting boolean default false not null;
alter table meeting_vote add column absentee_until timestamp with time zone;
alter table meeting_vote add column reminded_at timestamp with time zone;
alter table meeting_vote add column without_quorum boolean default false not null;
alter table meeting_vote_cast add column absentee boolean default false not null;
create index meeting_by_start on meeting (status, starts_at);
create index meeting_vote_by_deadline on meeting_vote (status, absentee_until);
