package itc.renewal.payment.integration.outbound;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A renewal id as renewal-service makes it: {@code <fiscal year>-<member id>}, e.g. {@code 2027-M0000001}. */
final class RenewalIds {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(M\\d{7})");

    private RenewalIds() {
    }

    record Parts(int fiscalYear, String memberId) {
    }

    static Parts parse(String renewalId) {
        Matcher parts = FORM.matcher(renewalId == null ? "" : renewalId);
        if (!parts.matches()) {
            throw new IllegalStateException("not a renewal id: " + renewalId);
        }
        return new Parts(Integer.parseInt(parts.group(1)), parts.group(2));
    }
}
