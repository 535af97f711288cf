package itc.renewal.renewal.qualification.command;

import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.HolderRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Demo holders of the member journey (business date 2027-04-10): M0000001..05 renew for a fee,
 * M0000006..10 were certified in FY2026 and renew for free. Inserted only when missing, so a
 * restart never resets a renewed expiry. Announced (and so given member accounts) like imported holders, by
 * {@link HolderAnnouncements} once the service is ready.
 */
@Component
@ConditionalOnProperty(name = "renewal.demo-data", havingValue = "true")
class DemoHolders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHolders.class);
    private static final CertifiedIn PAYING = new CertifiedIn(YearMonth.of(2016, 3));
    private static final CertifiedIn FIRST_RENEWAL = new CertifiedIn(YearMonth.of(2026, 10));

    static final List<Holder> HOLDERS = List.of(
            holder(1, "見本 太郎", "ミホン タロウ", "taro.mihon", PAYING),
            holder(2, "佐藤 花子", "サトウ ハナコ", "hanako.sato", PAYING),
            holder(3, "鈴木 一郎", "スズキ イチロウ", "ichiro.suzuki", PAYING),
            holder(4, "高橋 美咲", "タカハシ ミサキ", "misaki.takahashi", PAYING),
            holder(5, "田中 健太", "タナカ ケンタ", "kenta.tanaka", PAYING),
            holder(6, "伊藤 さくら", "イトウ サクラ", "sakura.ito", FIRST_RENEWAL),
            holder(7, "渡辺 翔", "ワタナベ ショウ", "sho.watanabe", FIRST_RENEWAL),
            holder(8, "山本 優子", "ヤマモト ユウコ", "yuko.yamamoto", FIRST_RENEWAL),
            holder(9, "中村 大輔", "ナカムラ ダイスケ", "daisuke.nakamura", FIRST_RENEWAL),
            holder(10, "小林 真由美", "コバヤシ マユミ", "mayumi.kobayashi", FIRST_RENEWAL));

    private final HolderRegistration registry;

    DemoHolders(HolderRegistration registry) {
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        long added = HOLDERS.stream().filter(registry::addIfMissing).count();
        log.info("Demo holders: {} added, {} already present", added, HOLDERS.size() - added);
    }

    // Both groups expire on 2027-05-31: paying holders renewed in FY2026, first renewals were certified in it.
    private static Holder holder(int n, String name, String kana, String mailbox, CertifiedIn certifiedIn) {
        return new Holder("M%07d".formatted(n), name, kana, mailbox + "@example.jp", "%010dC".formatted(2000 + n),
                certifiedIn, LocalDate.of(2027, 5, 31), QualificationStatus.ACTIVE);
    }
}
