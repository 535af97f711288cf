package itc.renewal.localstack;

import java.util.List;

/**
 * What {@code ./itc-renewal events} was asked: {@code [topic] [--member <member id>] [--follow]}; the topic defaults
 * to {@code itc.renewal.events}. A wrong argument is refused with the usage, before anything connects.
 */
record EventsOptions(String topic, String member, boolean follow) {

    static final String USAGE = "usage: ./itc-renewal events [topic] [--member <member id>] [--follow]";
    static final String DEFAULT_TOPIC = "itc.renewal.events";

    static EventsOptions parse(List<String> args) {
        String topic = null;
        String member = null;
        boolean follow = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--follow", "-f" -> follow = true;
                case "--member", "-m" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank() || args.get(i + 1).startsWith("-")) {
                        throw new IllegalArgumentException("--member needs a member id (e.g. M0000001). " + USAGE);
                    }
                    member = args.get(++i);
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg + ". " + USAGE);
                    }
                    if (topic != null) {
                        throw new IllegalArgumentException("one topic at a time (" + topic + ", " + arg + "). "
                                + USAGE);
                    }
                    topic = arg;
                }
            }
        }
        return new EventsOptions(topic == null ? DEFAULT_TOPIC : topic, member, follow);
    }

    /** Whether a record with this key belongs to the member asked for (every record when none was). */
    boolean wants(String key) {
        return member == null || member.equals(key);
    }
}
