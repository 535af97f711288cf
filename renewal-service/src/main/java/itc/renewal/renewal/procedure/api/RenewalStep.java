package itc.renewal.renewal.procedure.api;

/** The steps of rule C1; a renewal completes when none is missing. */
public enum RenewalStep {
    APPLICATION("資格更新の申請"),
    FEE_PAYMENT("更新料のお支払い"),
    ACTIVITY_REPORT("実務活動報告書の提出");

    private final String label;

    RenewalStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
