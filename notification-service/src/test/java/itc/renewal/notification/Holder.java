package itc.renewal.notification;

import java.util.concurrent.ThreadLocalRandom;

/** A holder of its own per test, so tests sharing the broker and SMTP server never see each other's data. */
record Holder(String memberId, String email) {

    static Holder random() {
        String memberId = "M" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return new Holder(memberId, memberId.toLowerCase() + "@example.jp");
    }
}
