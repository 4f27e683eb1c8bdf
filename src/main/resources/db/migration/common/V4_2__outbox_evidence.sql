-- Interrupted sends resolved by evidence (the archive copy in the clinic's own mailbox), and the server's reply.
alter table outbox add column sending_at timestamp with time zone;   -- when the last attempt was marked SENDING
alter table outbox add column resends int default 0 not null;        -- re-sent after an interrupted send, no copy found
alter table outbox add column server_reply varchar(1000);            -- the SMTP server's final reply (its queue id)
alter table outbox add column resolved_by varchar(1000);             -- how an interrupted send was settled, in words
alter table outbox add column notified_at timestamp with time zone;  -- when a person was told it stays POSSIBLY_SENT
