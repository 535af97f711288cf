package itc.renewal.localstack;

import itc.renewal.embedded.stack.BusinessClocks;
import itc.renewal.embedded.stack.StackConfig;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code ./itc-renewal clock [time]}: shows, or moves forward, the business clock (rule D2) of every
 * service of the running local stack at once, and remembers it for the next start. Moving back is
 * refused: deadlines already fired and events already recorded would then lie in the future.
 */
public final class DemoClockCommand {

    private DemoClockCommand() {
    }

    public static void main(String[] args) throws Exception {
        StackConfig config = StackConfig.local(Path.of(System.getProperty("itc.root", ".")).toAbsolutePath(), null);
        List<BusinessClocks.Answer> clocks = BusinessClocks.read(config);
        if (args.length == 0) {
            print(clocks);
            return;
        }
        OffsetDateTime target = parse(args[0]);
        OffsetDateTime current = latest(clocks);
        if (target.isBefore(current)) {
            System.err.println("The business clock only moves forward: it is " + current + " now.");
            System.exit(2);
        }
        print(BusinessClocks.moveTo(config, target));
        DemoClock.remember(config.dataDirectory(), target, Clock.systemUTC());
    }

    private static void print(List<BusinessClocks.Answer> answers) {
        answers.forEach(a -> System.out.printf("%-24s %s%n", a.service(), a.ok() ? a.body() : "HTTP " + a.status()
                + " " + a.body()));
    }

    private static OffsetDateTime parse(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            System.err.println("Give the time with its offset, e.g. 2027-06-01T00:00:05+09:00 (was: " + value + ").");
            System.exit(2);
            throw e;
        }
    }

    /** The furthest business time any service is at; without a JSON library on this path, the "now" field. */
    private static OffsetDateTime latest(List<BusinessClocks.Answer> clocks) {
        return clocks.stream().filter(BusinessClocks.Answer::ok).map(a -> OffsetDateTime.parse(now(a.body())))
                .max(OffsetDateTime::compareTo).orElseGet(() -> {
                    System.err.println("No service told its clock: is the stack up?");
                    System.exit(1);
                    return null;
                });
    }

    private static String now(String json) {
        String key = "\"now\":\"";
        int start = json.indexOf(key) + key.length();
        return json.substring(start, json.indexOf('"', start));
    }
}
