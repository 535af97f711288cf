package itc.renewal.platform.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates are read as dates, {@code yyyy-MM-dd}, nothing else. Jackson's own reader also takes a timestamp and drops
 * its time and zone — {@code 2027-03-31T15:30:00Z}, which is 1 April in Japan, became 31 March and counted in the
 * wrong fiscal year. A value with a time, a zone or another shape is refused, naming the field and the form to use.
 */
public final class StrictDates extends SimpleModule {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public StrictDates() {
        super("strict-dates");
        addDeserializer(LocalDate.class, new Reader());
    }

    /** The message of a refused date (shown beside the field). */
    static String refusal(String value) {
        return "日付は 2027-03-31 の形（年-月-日）で指定してください。時刻やタイムゾーンは付けられません（指定値: "
                + value + "）。";
    }

    private static final class Reader extends StdScalarDeserializer<LocalDate> {

        Reader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                String shown = parser.currentToken() == JsonToken.START_ARRAY ? "[…]" : parser.getText();
                throw InvalidFormatException.from(parser, refusal(shown), shown, LocalDate.class);
            }
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException impossible) {
                    throw InvalidFormatException.from(parser, "存在しない日付です（指定値: " + text + "）。", text,
                            LocalDate.class);
                }
            }
            throw InvalidFormatException.from(parser, refusal(text), text, LocalDate.class);
        }
    }
}
