-- The user who looks after an agreement (reviews, notices, audits): "My agreements" for each DPO.
-- Empty: nobody in particular. A user who is deleted leaves the agreement without one.
alter table agreement add column responsible_user_id bigint;
alter table agreement add constraint agreement_responsible_fk foreign key (responsible_user_id) references app_user (id) on delete set null;
create index agreement_responsible_ix on agreement (responsible_user_id);
