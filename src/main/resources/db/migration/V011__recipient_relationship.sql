-- What each recipient is to the controller (Art. 28 processor, Art. 26 joint controller,
-- independent controller, other recipient) and, for joint controllers, the Art. 26 arrangement.
alter table agreement add column relationship varchar(30) default 'PROCESSOR' not null;
alter table agreement add column joint_responsibilities varchar(4000);
alter table agreement add column joint_contact_point varchar(1000);
alter table agreement add column joint_essence_available boolean;
