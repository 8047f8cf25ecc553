-- Whether the contract lets the processor inform the controller only when it judges that the
-- requirements of Art. 33/34 are met (a gap: Art. 33(2) wants every breach reported).
alter table breach_duty add column only_when_notifiable boolean default false not null;
