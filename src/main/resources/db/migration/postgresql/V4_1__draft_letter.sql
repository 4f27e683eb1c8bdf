-- What each draft showed the attorney: the letter's date and text and the compliance findings. An approval
-- re-renders the request with that day's date and re-runs the check; it sends only when nothing but the date
-- would change. Null for drafts made before this migration (their approval compares the findings only).
alter table draft add column letter_date date;
alter table draft add column letter_text text;
alter table draft add column findings text;
