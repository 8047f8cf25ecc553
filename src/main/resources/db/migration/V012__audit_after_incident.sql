-- An audit held because of an incident: where the contract allows extra audits after incidents, it
-- does not count towards the contract's yearly limit.
alter table audit add column after_incident boolean default false not null;
