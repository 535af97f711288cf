package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.problem.Rejection;

import java.util.Objects;

/** Rule A2: the versioned terms a holder agrees to when applying; the application records the version. */
public record Terms(String version, String text) {

    public Terms {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(text, "text");
    }

    public void requireAgreedTo(String agreedVersion) {
        if (!version.equals(agreedVersion)) {
            throw Rejection.conflict("renewal.terms-outdated", "規約が改訂されています（最新版: " + version
                    + "）。画面を再読み込みして最新の規約をご確認のうえ、もう一度申請してください。");
        }
    }
}
