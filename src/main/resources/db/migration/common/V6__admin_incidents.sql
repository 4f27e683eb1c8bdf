-- The incidents the clinic's admin was mailed a warning for (the inbox unread too long, a credential about to
-- expire), until each is over: kept here so that no restart and no other instance mails the same warning again.
create table admin_incident (
    kind       varchar(64)   primary key,
    detail     varchar(1000) not null,
    opened_at  timestamp with time zone not null
);
