package itc.renewal.gateway.account.domain;

/** PENDING: opened from the registry, password not set yet; ACTIVE: can log in; DISABLED: can not. */
public enum AccountStatus { PENDING, ACTIVE, DISABLED }
