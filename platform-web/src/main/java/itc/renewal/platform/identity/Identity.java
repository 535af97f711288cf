package itc.renewal.platform.identity;

import java.util.Objects;

/**
 * Who sent a request, as asserted by the gateway: a member (acting on their own data) or an
 * operator of the association.
 */
public record Identity(String subject, Role role) {

    public enum Role { MEMBER, OPERATOR }

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

    public boolean isOperator() {
        return role == Role.OPERATOR;
    }
}
