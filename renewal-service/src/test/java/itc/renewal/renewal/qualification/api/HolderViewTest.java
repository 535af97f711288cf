package itc.renewal.renewal.qualification.api;

import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Holder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HolderViewTest {

    @Test
    void q1_aHolderSeesNameKanaEmailCertificationAndExpiry() {
        Holder holder = new Holder("M0000001", "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp", "0000002001C",
                CertifiedIn.parse("2016-03"), LocalDate.of(2027, 5, 31), QualificationStatus.ACTIVE);

        assertThat(HolderView.of(holder, Optional.empty())).isEqualTo(new HolderView("M0000001", "見本 太郎",
                "ミホン タロウ", "taro.mihon@example.jp", "0000002001C", "2016-03", LocalDate.of(2027, 5, 31),
                QualificationStatus.ACTIVE, null));
    }
}
