package itc.renewal.gateway.account.domain;

import itc.renewal.platform.identity.Identity;

import java.util.Objects;

/**
 * Someone who logs in at the gateway: a member (user name = member id) or an operator.
 *
 * @param passwordHash in Spring Security's delegating format; null until the password is set
 */
public record Account(String username, Identity.Role role, String displayName, String email, String passwordHash,
                      AccountStatus status) {

    public Account {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        if (role == Identity.Role.SERVICE) {
            throw new IllegalArgumentException("services do not log in");
        }
    }

    public boolean canLogIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }
}
