-- One database per service; none reads another's tables.
create database points;
create database renewal;
create database payment;
create database activity_report;
create database notification;
