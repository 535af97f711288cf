-- Rules Q5, C3: a report closed by the renewal's lapse gets status CLOSED. A lapse delivered before
-- the RenewalApplied closes a report that was never opened, hence no opening time.
alter table activity_report alter column opened_at drop not null;
alter table activity_report add column closed_at timestamptz;
