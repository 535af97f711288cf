package itc.renewal.platform.identity;

import java.util.Objects;

/**
 * Who sent a request, as asserted by a signature: a member (acting on their own data) or an operator of the
 * association, both through the gateway, or another service of ours calling an internal API.
 */
public record Identity(String subject, Role role) {

    public enum Role { MEMBER, OPERATOR, SERVICE }

    public Identity {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        if (subject.isBlank() || subject.length() > 64) {
            throw new IllegalArgumentException("bad subject");
        }
    }

    public static Identity member(String memberId) {
        return new Identity(memberId, Role.MEMBER);
    }

    /** Another service (subject: its name), e.g. renewal-service locking a points year. */
    public static Identity service(String name) {
        return new Identity(name, Role.SERVICE);
    }

    public boolean isService() {
        return role == Role.SERVICE;
    }

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }
}
