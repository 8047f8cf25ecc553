-- Art. 34(3)(c): a public communication informs the data subjects; it is recorded as the way they
-- were informed, with the date, not as an exemption. Former entries keep the channel; their date is
-- to be recorded.
alter table breach add column subjects_informed_via varchar(30);
update breach set subjects_informed_via = 'PUBLIC_COMMUNICATION', subjects_exemption = null
 where subjects_exemption = 'PUBLIC_COMMUNICATION';
