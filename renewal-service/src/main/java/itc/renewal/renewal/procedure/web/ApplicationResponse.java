package itc.renewal.renewal.procedure.web;

import itc.renewal.renewal.procedure.api.RenewalApplicationAccepted;
import itc.renewal.renewal.procedure.api.RenewalStatus;
import itc.renewal.renewal.procedure.domain.RenewalFee;

import java.math.BigDecimal;

record ApplicationResponse(String renewalId, int fiscalYear, BigDecimal feeAmount, String currency, boolean feeWaived,
                           RenewalStatus status) {

    static ApplicationResponse of(RenewalApplicationAccepted accepted) {
        return new ApplicationResponse(accepted.renewalId(), accepted.fiscalYear(), accepted.feeAmount(),
                RenewalFee.CURRENCY, accepted.feeWaived(), RenewalStatus.APPLIED);
    }
}
