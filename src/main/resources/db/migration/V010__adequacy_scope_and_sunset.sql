-- Whom each adequacy decision covers, as data the red-flag rules check, and its sunset date where
-- the decision has one. Facts verified against the Commission's publications on 2026-12-02.
alter table adequacy_decision add column scope varchar(30) default 'WHOLE_COUNTRY' not null;
alter table adequacy_decision add column valid_until date;

update adequacy_decision set scope = 'PIPEDA_ORGANISATIONS' where country = 'CA';
update adequacy_decision set scope = 'APPI_PRIVATE_SECTOR' where country = 'JP';
update adequacy_decision set scope = 'PIPA_WITH_EXCLUSIONS' where country = 'KR';
update adequacy_decision set scope = 'DPF_CERTIFIED' where country = 'US';

-- United Kingdom: renewed on 19 December 2025 for six years, to 27 December 2031; data processed
-- for UK immigration control is no longer excluded.
update adequacy_decision
   set decision = 'Commission Implementing Decision of 19 December 2025 renewing Implementing Decision (EU) 2021/1772',
       decided_on = date '2025-12-19',
       scope_limits = null,
       valid_until = date '2031-12-27',
       verified_on = date '2026-12-02',
       version = version + 1
 where country = 'GB';

-- Brazil: Commission Implementing Decision (EU) 2026/179 of 26 January 2026 (LGPD), public and private sector.
update adequacy_decision
   set decision = 'Commission Implementing Decision (EU) 2026/179',
       decided_on = date '2026-01-26',
       scope_limits = null,
       verified_on = date '2026-12-02',
       version = version + 1
 where country = 'BR';
