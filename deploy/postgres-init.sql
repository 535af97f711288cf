-- One database per service and one for the gateway (accounts, sessions); none reads another's tables.
create database points;
create database renewal;
create database payment;
create database activity_report;
create database notification;
create database gateway;
