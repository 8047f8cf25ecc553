-- A user who signed in through single sign-on is linked to the provider's identity (issuer and subject),
-- so that later sign-ins find the same account even after the e-mail address changed.
alter table app_user add column sso_issuer varchar(500);
alter table app_user add column sso_subject varchar(255);
create unique index app_user_sso_identity_uk on app_user (sso_issuer, sso_subject);
