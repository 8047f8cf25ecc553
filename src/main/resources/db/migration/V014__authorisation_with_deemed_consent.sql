-- Room for the authorisation SPECIFIC_WITH_DEEMED_CONSENT (prior specific authorisation with consent
-- deemed given after an objection period).
alter table agreement alter column authorisation set data type varchar(30);
