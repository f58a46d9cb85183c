-- The audit trail becomes a hash chain (audit module): every entry carries a gapless sequence number, the hash of
-- the entry before it and its own hash; audit_chain_head holds the newest link and is the lock that serialises
-- appends across threads and nodes. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
--
-- Nothing wrote audit entries before this migration (AuditLog had no callers), so the new columns are NOT NULL at
-- once. A database that does hold older entries stops here, on the first statement, before anything is changed:
-- such entries were never sealed and cannot be made tamper-evident after the fact.

alter table audit_entry add column sequence_number bigint not null;
alter table audit_entry add column previous_hash varchar(64) not null;
alter table audit_entry add column hash varchar(64) not null;
alter table audit_entry add constraint audit_entry_sequence_unique unique (sequence_number);

create table audit_chain_head (
    id            integer     not null primary key,
    last_sequence bigint      not null,
    last_hash     varchar(64) not null,
    constraint audit_chain_head_single_row check (id = 1)
);

-- The genesis link: the previous hash of entry 1.
insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
