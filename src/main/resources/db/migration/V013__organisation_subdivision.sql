-- The state of an organisation's seat (ISO 3166-2, e.g. DE-BW): its public holidays move deadlines (§ 193 BGB).
alter table organisation add column subdivision varchar(6);
