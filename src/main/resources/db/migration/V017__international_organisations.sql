-- International organisations as recipients and locations of transfers (Art. 44, 45 GDPR): codes
-- longer than ISO 3166's two letters (EPO for the European Patent Organisation).
alter table organisation alter column country set data type varchar(8);
alter table processing_location alter column country set data type varchar(8);
alter table change_notice_location alter column country set data type varchar(8);
alter table adequacy_decision alter column country set data type varchar(8);

-- The first adequacy decision for an international organisation: Commission Implementing Decision
-- (EU) 2025/1382 of 15 July 2025 (OJ L, 18.7.2025), no end date. Verified on 2026-12-02.
insert into adequacy_decision (country, decision, decided_on, scope_limits, verified_on, scope)
values ('EPO', 'Commission Implementing Decision (EU) 2025/1382', date '2025-07-15', null, date '2026-12-02',
        'WHOLE_COUNTRY');
