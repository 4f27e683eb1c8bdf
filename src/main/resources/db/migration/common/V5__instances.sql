-- Several instances on one database. An outbox mail being sent names the instance sending it and until when
-- that claim holds, on the database's clock: only a claim whose lease ran out is taken as interrupted, never
-- the send of an instance still at work.
alter table outbox add column sending_by varchar(200);
alter table outbox add column lease_until timestamp with time zone;

-- Who leads each namespace (a clinic's mailbox, its drop folder, the rounds that run once), since which epoch.
-- Work only a leader may do checks its epoch here in the transaction that writes.
create table leadership (
    namespace    varchar(300)  primary key,
    epoch        bigint        not null,
    holder       varchar(200)  not null,              -- pdbot.instance-id of the leader
    holder_pid   int,                                 -- its database session (PostgreSQL)
    renewed_at   timestamp with time zone not null
);
