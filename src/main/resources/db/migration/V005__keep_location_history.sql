-- Processing locations keep their history: a change closes the old rows (valid_until) and adds new
-- ones (valid_from), so that a subprocessor list can be shown with its locations as of any day.
alter table processing_location add column valid_from date;
alter table processing_location add column valid_until date;

create index location_current_ix on processing_location (agreement_id, valid_until);
