package itc.renewal.gateway.member;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PageFormatsTest {

    private final PageFormats formats = new PageFormats();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesAndTimesAreShownInJapanTimeWhateverZoneTheServiceAnswers() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(formats.date("2027-05-31")).isEqualTo("2027年5月31日");
        assertThat(formats.dateTime("2027-04-10T15:30:00Z")).isEqualTo("2027年4月11日 0:30");
        assertThat(formats.dateTime("2027-04-12T10:00:00+09:00")).isEqualTo("2027年4月12日 10:00");
        assertThat(formats.date("not a date")).isEqualTo("not a date");
        assertThat(formats.date(null)).isEmpty();
    }

    @Test
    void aWindowClosingAtMidnightEndsAt24OfTheDayBefore() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(formats.windowEnd("2027-06-01T00:00:00+09:00")).isEqualTo("2027年5月31日 24:00");
    }

    @Test
    void moneyInYenInEachLanguage() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(formats.yen("22000")).isEqualTo("22,000円");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.yen("22000")).isEqualTo("JPY 22,000");
        assertThat(formats.date("2027-05-31")).isEqualTo("31 May 2027");
    }
}
