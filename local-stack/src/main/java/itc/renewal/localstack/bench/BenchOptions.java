package itc.renewal.localstack.bench;

import java.nio.file.Path;

/** What {@code ./itc-renewal bench} was asked for; defaults fit the local stack on its embedded defaults. */
record BenchOptions(int members, int concurrency, int limitSeconds, boolean faults, String gateway, String kafka,
                    Path root) {

    static BenchOptions parse(String[] args) {
        int members = 500;
        int concurrency = 8;
        int limit = 1_800;
        boolean faults = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--faults")) {
                faults = true;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--members" -> members = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--limit-seconds" -> limit = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("usage: bench [--members N] [--concurrency W] "
                        + "[--limit-seconds S] [--faults] (unknown: " + args[i] + ")");
            }
            i++;
        }
        if (members < 1 || concurrency < 1 || limit < 1) {
            throw new IllegalArgumentException("members, concurrency and the limit must be positive");
        }
        return new BenchOptions(members, concurrency, limit, faults,
                System.getenv().getOrDefault("ITC_GATEWAY_URL", "http://127.0.0.1:8080"),
                System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
                Path.of(System.getProperty("itc.root", ".")).toAbsolutePath().normalize());
    }

    Path dataDirectory() {
        return root.resolve(".data");
    }
}
