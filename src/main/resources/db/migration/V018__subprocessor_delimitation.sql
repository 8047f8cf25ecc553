-- Annex IV of the clauses 2021/915: "a clear delimitation of responsibilities" between the processor
-- and its sub-processors (who does what, which data each one receives).
alter table agreement add column subprocessor_delimitation varchar(2000);
