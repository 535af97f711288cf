package itc.renewal.renewal.procedure.command;

/** Which renewals exist already (rule A1: once per fiscal year). */
@FunctionalInterface
interface AppliedRenewals {

    boolean contains(String renewalId);
}
